using Matching.Jobs.Reports;
using Matching.Tests;

namespace Matching.Jobs.Tests.Infrastructure;

/// <summary>
/// Stored snapshots of four weeks, as the shortfall job leaves them, for the tests of what reads them. 2027-W10 has
/// five cells; 2027-W09 and 2027-W11 one logistics cell in Rijnmond each and W09 a trade cell too; 2026-W40 lies
/// outside a 12-week trend that ends in W10.
/// </summary>
public abstract class StoredSnapshotsTest(PostgresServer postgres) : DatabaseTest(postgres)
{
    protected static readonly IsoWeek Week = IsoWeek.Parse("2027-W10");
    protected const string Trade = "handel";
    protected const string Care = "zorg-welzijn-sport";

    protected const string LogisticsRijnmondMarch = $"{TestRows.Logistics} {TestRows.Rijnmond} 2027-03";
    protected const string LogisticsRijnmondApril = $"{TestRows.Logistics} {TestRows.Rijnmond} 2027-04";
    protected const string LogisticsAmsterdamMarch = $"{TestRows.Logistics} {TestRows.Amsterdam} 2027-03";
    protected const string TradeRijnmondMarch = $"{Trade} {TestRows.Rijnmond} 2027-03";
    protected const string CareRijnmondMarch = $"{Care} {TestRows.Rijnmond} 2027-03";

    protected static readonly DateTimeOffset WeekComputedAt = new(2027, 3, 8, 6, 0, 0, TimeSpan.Zero);

    protected static readonly CreboShortfall LogisticsCrebo = new(TestRows.LogisticsCrebo, "Logistiek medewerker", 20, 5, 15);

    private static readonly DateOnly March = new(2027, 3, 1);

    protected override async Task ArrangeAsync()
    {
        const string logistics = TestRows.Logistics;
        const string rijnmond = TestRows.Rijnmond;
        var byCrebo = $$"""[{"crebo": {{LogisticsCrebo.Crebo}}, "name": "{{LogisticsCrebo.Name}}", "demand": 20, "supply": 5, "shortfall": 15}]""";
        await Rows.SnapshotAsync(Week, logistics, rijnmond, March, 20, 5, true, WeekComputedAt, byCrebo);
        await Rows.SnapshotAsync(Week, logistics, rijnmond, new(2027, 4, 1), 8, 2, true, WeekComputedAt);
        await Rows.SnapshotAsync(Week, logistics, TestRows.Amsterdam, March, 9, 1, true, WeekComputedAt);
        await Rows.SnapshotAsync(Week, Trade, rijnmond, March, 3, 4, false, WeekComputedAt);
        await Rows.SnapshotAsync(Week, Care, rijnmond, March, 6, 5, false, WeekComputedAt);

        await Rows.SnapshotAsync(Week.AddWeeks(-1), logistics, rijnmond, March, 10, 5, true, WeekComputedAt.AddDays(-7));
        await Rows.SnapshotAsync(Week.AddWeeks(-1), Trade, rijnmond, March, 2, 2, false, WeekComputedAt.AddDays(-7));
        await Rows.SnapshotAsync(Week.AddWeeks(1), logistics, rijnmond, March, 50, 0, true, WeekComputedAt.AddDays(7));
        await Rows.SnapshotAsync(IsoWeek.Parse("2026-W40"), logistics, rijnmond, new(2026, 10, 1), 1, 1, false, new(2026, 9, 28, 6, 0, 0, TimeSpan.Zero));
    }

    protected static IEnumerable<string> Labels(IEnumerable<ShortfallCell> cells) =>
        cells.Select(cell => $"{cell.SectorCode} {cell.RegionCode} {cell.StartMonth:yyyy-MM}");

    /// <summary>The trends' points, one row each: sector, week, demand, supply, shortfall.</summary>
    protected static IEnumerable<(string, IsoWeek, int, int, int)> Points(IEnumerable<SectorTrend> trends) =>
        trends.SelectMany(trend => trend.Points.Select(point => (trend.SectorCode, point.IsoWeek, point.Demand, point.Supply, point.Shortfall)));
}
