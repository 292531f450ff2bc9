using Matching.Jobs.Recruitment;
using Matching.Jobs.Reports;
using Matching.Jobs.Shortfalls;
using Matching.Jobs.Tests.Infrastructure;
using Matching.Tests;
using Microsoft.Extensions.Options;

namespace Matching.Jobs.Tests.Reports;

/// <summary>The report GET /v1/reports/{isoWeek} returns and the delivery job sends, built from the stored snapshots.</summary>
public sealed class ShortfallReportBuilderTests(PostgresServer postgres) : StoredSnapshotsTest(postgres)
{
    private ShortfallReportBuilder Reports => new(
        new ShortfallSnapshots(Database), new ReportRounds(Database, Options.Create(new JobsOptions())), new CompaniesToRecruit(Database));

    [Fact]
    public async Task A_report_has_the_scope_s_cells_and_the_trends_of_its_flagged_sectors_only()
    {
        var report = await Reports.BuildAsync(Week, new([TestRows.Rijnmond], []), CancellationToken.None);

        Assert.NotNull(report);
        Assert.Equal((Week, WeekComputedAt), (report.IsoWeek, report.ComputedAt));
        Assert.Equal([TestRows.Rijnmond], report.Regions);
        Assert.Empty(report.Sectors);
        Assert.Equal([LogisticsRijnmondMarch, LogisticsRijnmondApril, CareRijnmondMarch, TradeRijnmondMarch], Labels(report.Cells));
        Assert.Equal([(TestRows.Logistics, Week.AddWeeks(-1), 10, 5, 5), (TestRows.Logistics, Week, 28, 7, 21)], Points(report.Trends));
    }

    [Fact]
    public async Task A_scope_without_flagged_cells_gets_its_cells_and_no_trend()
    {
        var report = await Reports.BuildAsync(Week, new([], [Trade]), CancellationToken.None);

        Assert.NotNull(report);
        Assert.Equal([TradeRijnmondMarch], Labels(report.Cells));
        Assert.Empty(report.Trends);
    }

    [Fact]
    public async Task A_week_without_a_snapshot_has_no_report()
    {
        var report = await Reports.BuildAsync(Week.AddWeeks(2), new([], []), CancellationToken.None);

        Assert.Null(report);
    }
}
