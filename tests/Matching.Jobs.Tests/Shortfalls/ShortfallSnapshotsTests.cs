using Matching.Jobs.Reports;
using Matching.Jobs.Shortfalls;
using Matching.Jobs.Tests.Infrastructure;
using Matching.Tests;

namespace Matching.Jobs.Tests.Shortfalls;

/// <summary>The queries behind GET /v1/shortfalls, /v1/shortfalls/trend and the report, on the stored snapshots.</summary>
public sealed class ShortfallSnapshotsTests(PostgresServer postgres) : StoredSnapshotsTest(postgres)
{
    private static readonly ShortfallScope Everything = new([], []);
    private static readonly ShortfallScope Rijnmond = new([TestRows.Rijnmond], []);

    private ShortfallSnapshots Snapshots => new(Database);

    [Fact]
    public async Task The_latest_week_is_the_newest_stored_and_a_week_without_cells_has_no_computed_at()
    {
        var latest = await Snapshots.LatestWeekAsync(CancellationToken.None);
        var computedAt = await Snapshots.ComputedAtAsync(Week, CancellationToken.None);
        var missing = await Snapshots.ComputedAtAsync(Week.AddWeeks(2), CancellationToken.None);

        Assert.Equal(Week.AddWeeks(1), latest);
        Assert.Equal(WeekComputedAt, computedAt);
        Assert.Null(missing);
    }

    [Fact]
    public async Task A_week_s_cells_in_a_region_scope_come_flagged_first_then_by_shortfall_with_their_names_and_breakdown()
    {
        var (cells, computedAt) = await Snapshots.CellsAsync(Week, Rijnmond, CancellationToken.None);

        Assert.Equal([LogisticsRijnmondMarch, LogisticsRijnmondApril, CareRijnmondMarch, TradeRijnmondMarch], Labels(cells));
        Assert.Equal(WeekComputedAt, computedAt);
        var first = cells[0];
        Assert.Equal(("Mobiliteit, transport, logistiek en maritiem", "Rijnmond", 20, 5, 15, true),
            (first.SectorName, first.RegionName, first.Demand, first.Supply, first.Shortfall, first.Flagged));
        Assert.Equal([LogisticsCrebo], first.ByCrebo);
        Assert.Empty(cells[1].ByCrebo);
    }

    [Fact]
    public async Task A_sector_scope_sees_only_its_sectors_in_every_region()
    {
        var (cells, _) = await Snapshots.CellsAsync(Week, new([], [TestRows.Logistics]), CancellationToken.None);

        Assert.Equal([LogisticsRijnmondMarch, LogisticsAmsterdamMarch, LogisticsRijnmondApril], Labels(cells));
    }

    [Fact]
    public async Task A_page_counts_every_matching_cell_and_holds_only_its_slice()
    {
        var page = await Snapshots.PageAsync(Week, Everything, null, null, false, limit: 2, offset: 1, CancellationToken.None);

        Assert.Equal((5L, 2, 1), (page.Total, page.Limit, page.Offset));
        Assert.Equal([LogisticsAmsterdamMarch, LogisticsRijnmondApril], Labels(page.Items));
    }

    [Fact]
    public async Task Flagged_only_narrows_the_page_to_the_flagged_cells_of_the_scope()
    {
        var page = await Snapshots.PageAsync(Week, Rijnmond, null, null, flaggedOnly: true, 50, 0, CancellationToken.None);

        Assert.Equal(2, page.Total);
        Assert.Equal([LogisticsRijnmondMarch, LogisticsRijnmondApril], Labels(page.Items));
    }

    [Fact]
    public async Task A_sector_filter_narrows_the_page_to_that_sector()
    {
        var page = await Snapshots.PageAsync(Week, Everything, null, Trade, false, 50, 0, CancellationToken.None);

        Assert.Equal(1, page.Total);
        Assert.Equal([TradeRijnmondMarch], Labels(page.Items));
    }

    [Fact]
    public async Task A_region_filter_outside_the_scope_finds_nothing()
    {
        var page = await Snapshots.PageAsync(Week, Rijnmond, TestRows.Amsterdam, null, false, 50, 0, CancellationToken.None);

        Assert.Equal(0, page.Total);
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task Trends_sum_each_sector_per_week_oldest_first_within_the_weeks_up_to_the_last()
    {
        var trends = await Snapshots.TrendsAsync(Week, 12, Everything, null, null, CancellationToken.None);

        Assert.Equal(
        [
            (Trade, Week.AddWeeks(-1), 2, 2, 0),
            (Trade, Week, 3, 4, -1),
            (TestRows.Logistics, Week.AddWeeks(-1), 10, 5, 5),
            (TestRows.Logistics, Week, 37, 8, 29),
            (Care, Week, 6, 5, 1),
        ],
        Points(trends));
        Assert.Equal(["Handel", "Mobiliteit, transport, logistiek en maritiem", "Zorg, welzijn en sport"], trends.Select(trend => trend.SectorName));
    }

    [Fact]
    public async Task A_trend_of_one_week_for_a_region_and_sector_sums_only_those_cells()
    {
        var trends = await Snapshots.TrendsAsync(Week, 1, Everything, TestRows.Rijnmond, TestRows.Logistics, CancellationToken.None);

        Assert.Equal([(TestRows.Logistics, Week, 28, 7, 21)], Points(trends));
    }
}
