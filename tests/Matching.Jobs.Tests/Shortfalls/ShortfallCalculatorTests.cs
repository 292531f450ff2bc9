using System.Text.Json;
using Matching.Jobs.Reports;
using Matching.Jobs.Shortfalls;
using Matching.Jobs.Tests.Infrastructure;
using Matching.Tests;
using Microsoft.Extensions.Options;

namespace Matching.Jobs.Tests.Shortfalls;

/// <summary>
/// The shortfall SQL on a dataset whose figures a person can count: for 15 January 2027 (ISO week 2027-W02) it looks at
/// start months January to June 2027 and flags a cell short by 5 or more whose supply covers less than 80% of demand.
/// </summary>
public sealed class ShortfallCalculatorTests(PostgresServer postgres) : DatabaseTest(postgres)
{
    private static readonly DateOnly Today = new(2027, 1, 15);
    private static readonly DateTimeOffset ComputedAt = new(2027, 1, 15, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly January = new(2027, 1, 1);
    private static readonly DateOnly February = new(2027, 2, 1);
    private static readonly DateOnly March = new(2027, 3, 1);
    private static readonly DateOnly June = new(2027, 6, 30);

    protected override async Task ArrangeAsync()
    {
        const int logistics = TestRows.LogisticsCrebo;
        var company = await Rows.CompanyAsync(logistics, TestRows.OtherLogisticsCrebo);

        // Supply in Rijnmond. February: 2 + 3 (an offer for two crebos counts once in the sector) + 2 (of which 10021
        // is not accredited) = 7 free places. January: 1, an offer running since the 10th. March: 24.
        await Rows.OfferAsync(company, [logistics], February, June, places: 2);
        await Rows.OfferAsync(company, [logistics, TestRows.OtherLogisticsCrebo], February, June, places: 3);
        await Rows.OfferAsync(company, [logistics, 10021], February, June, places: 2);
        await Rows.OfferAsync(company, [logistics], new(2027, 1, 10), June, places: 1);
        await Rows.OfferAsync(company, [logistics], March, June, places: 24);
        // Not supply: a full offer, one on a path the company is not accredited for, a closed one, one that starts
        // after June and one that ended before January.
        var full = await Rows.OfferAsync(company, [logistics], February, June, places: 1);
        await Rows.OfferAsync(company, [logistics], February, June, places: 4, learningPath: "BBL");
        await Rows.OfferAsync(company, [logistics], February, June, places: 4, status: "closed");
        await Rows.OfferAsync(company, [logistics], new(2027, 8, 1), new(2027, 12, 31), places: 5);
        await Rows.OfferAsync(company, [logistics], new(2026, 9, 1), new(2026, 12, 31), places: 5);

        // Demand in Rijnmond. February: 11 + 1 of the other crebo. January: 2 available since December. March: 30.
        await Rows.StudentsAsync(11, logistics, TestRows.RotterdamPc4, February);
        await Rows.StudentsAsync(1, TestRows.OtherLogisticsCrebo, TestRows.RotterdamPc4, February);
        await Rows.StudentsAsync(2, logistics, TestRows.RotterdamPc4, new(2026, 12, 1));
        await Rows.StudentsAsync(30, logistics, TestRows.RotterdamPc4, March);
        // And 1 in February in Groot Amsterdam.
        await Rows.StudentsAsync(1, logistics, TestRows.AmsterdamPc4, February);
        // Not demand: an inactive student, a placed one, one no longer available in January and one available from July.
        await Rows.StudentsAsync(1, logistics, TestRows.RotterdamPc4, February, status: "inactive");
        var placed = await Rows.StudentsAsync(1, logistics, TestRows.RotterdamPc4, February, status: "placed");
        await Rows.PlacementAsync(placed[0], full, "accepted", February, June);
        await Rows.StudentsAsync(1, logistics, TestRows.RotterdamPc4, new(2026, 10, 1), availableUntil: new(2026, 12, 31));
        await Rows.StudentsAsync(1, logistics, TestRows.RotterdamPc4, new(2027, 7, 1));
    }

    [Fact]
    public async Task Each_cell_has_the_demand_and_supply_counted_by_hand_and_only_the_short_uncovered_one_is_flagged()
    {
        var cells = await ComputeAsync(Today, ComputedAt);

        Assert.Equal(4, cells);
        Assert.Equal(
        [
            ("2027-W02", TestRows.Logistics, TestRows.Rijnmond, January, 2, 1, 1, false),
            ("2027-W02", TestRows.Logistics, TestRows.Amsterdam, February, 1, 0, 1, false),
            ("2027-W02", TestRows.Logistics, TestRows.Rijnmond, February, 12, 7, 5, true), // short by exactly 5, 7 places cover 58%
            ("2027-W02", TestRows.Logistics, TestRows.Rijnmond, March, 30, 24, 6, false), // short by 6, but 24 places cover exactly 80%
        ],
        await SnapshotAsync());
    }

    [Fact]
    public async Task A_flagged_cell_breaks_its_figures_down_per_crebo_and_the_others_have_no_breakdown()
    {
        await ComputeAsync(Today, ComputedAt);

        var breakdowns = await BreakdownsAsync();

        Assert.Equal(
            [new CreboShortfall(TestRows.LogisticsCrebo, "Logistiek medewerker", 11, 7, 4), new CreboShortfall(TestRows.OtherLogisticsCrebo, "Logistiek teamleider", 1, 3, -2)],
            breakdowns[(TestRows.Rijnmond, February)]);
        Assert.All(breakdowns.Where(cell => cell.Key != (TestRows.Rijnmond, February)), cell => Assert.Empty(cell.Value));
        Assert.Equal(4, breakdowns.Count);
    }

    [Fact]
    public async Task Running_a_week_again_replaces_its_snapshot_and_leaves_the_other_weeks()
    {
        await ComputeAsync(Today.AddDays(-7), ComputedAt.AddDays(-7));
        await ComputeAsync(Today, ComputedAt);
        await Rows.StudentsAsync(1, TestRows.LogisticsCrebo, TestRows.RotterdamPc4, February);

        var cells = await ComputeAsync(Today, ComputedAt.AddHours(1));

        Assert.Equal(4, cells);
        Assert.Equal(
            [("2027-W01", 4L, 12L, ComputedAt.AddDays(-7)), ("2027-W02", 4L, 13L, ComputedAt.AddHours(1))],
            await WeeksAsync());
    }

    private Task<int> ComputeAsync(DateOnly today, DateTimeOffset computedAt) =>
        new ShortfallCalculator(Database, Options.Create(new JobsOptions())).ComputeAsync(today, computedAt, CancellationToken.None);

    private async Task<List<(string, string, string, DateOnly, int, int, int, bool)>> SnapshotAsync()
    {
        await using var command = Database.CreateCommand("""
            SELECT iso_week, sector_code, region_code, start_month, demand, supply, shortfall, flagged FROM shortfall_snapshots
            ORDER BY iso_week, start_month, region_code
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var cells = new List<(string, string, string, DateOnly, int, int, int, bool)>();
        while (await reader.ReadAsync())
        {
            cells.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateOnly>(3), reader.GetInt32(4),
                reader.GetInt32(5), reader.GetInt32(6), reader.GetBoolean(7)));
        }
        return cells;
    }

    private async Task<Dictionary<(string Region, DateOnly Month), List<CreboShortfall>>> BreakdownsAsync()
    {
        await using var command = Database.CreateCommand("SELECT region_code, start_month, by_crebo::text FROM shortfall_snapshots");
        await using var reader = await command.ExecuteReaderAsync();
        var breakdowns = new Dictionary<(string, DateOnly), List<CreboShortfall>>();
        while (await reader.ReadAsync())
        {
            breakdowns[(reader.GetString(0), reader.GetFieldValue<DateOnly>(1))] =
                JsonSerializer.Deserialize<List<CreboShortfall>>(reader.GetString(2), JsonSerializerOptions.Web)!;
        }
        return breakdowns;
    }

    /// <summary>Per stored week: its cells, its February demand in Rijnmond and when its oldest cell was computed.</summary>
    private async Task<List<(string, long, long, DateTimeOffset)>> WeeksAsync()
    {
        await using var command = Database.CreateCommand("""
            SELECT iso_week, count(*), sum(demand) FILTER (WHERE region_code = 'rijnmond' AND start_month = DATE '2027-02-01'), min(computed_at)
            FROM shortfall_snapshots GROUP BY iso_week ORDER BY iso_week
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var weeks = new List<(string, long, long, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            weeks.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }
        return weeks;
    }
}
