using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Matching.Api.Tests.Infrastructure;
using Matching.Tests.Service;
using Matching.Jobs;
using Matching.Tests;

namespace Matching.Api.Tests;

/// <summary>
/// The demo (the seed command) comes with twelve weeks of shortfall snapshots, computed by the real calculator over the
/// students and offers registered by each Monday, so that the report's trend charts draw lines from the first start.
/// </summary>
public sealed class DemoHistoryTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    // As run.sh starts it: the seed command fills an empty database, then the service starts on it.
    protected override bool StartsOnAnEmptyDatabase => true;

    protected override Task BeforeServiceStartsAsync(string connectionString) => DemoSeed.SeedAsync(connectionString);

    [Fact]
    public async Task The_demo_has_twelve_weeks_of_snapshots_whose_totals_move_from_week_to_week()
    {
        var coordinator = await CoordinatorAsync("rijnmond");
        var week = (await coordinator.GetFromJsonAsync<JsonObject>("/v1/shortfalls"))!["week"]!.GetValue<string>();

        var trends = (await coordinator.GetFromJsonAsync<JsonArray>("/v1/shortfalls/trend?weeks=12"))!;

        var thisMonday = IsoWeek.Parse(week).Monday;
        var weeks = Enumerable.Range(0, 12).Select(i => IsoWeek.Of(thisMonday.AddDays(7 * (i - 11))).ToString()).ToList();
        Assert.Equal(IsoWeek.Of(DateOnly.FromDateTime(DateTime.UtcNow)).ToString(), week);
        Assert.NotEmpty(trends);
        Assert.All(trends, trend => Assert.Equal(weeks, trend!["points"]!.AsArray().Select(point => point!["isoWeek"]!.GetValue<string>())));
        var demand = weeks.Select((_, i) => trends.Sum(trend => trend!["points"]![i]!["demand"]!.GetValue<int>())).ToList();
        var supply = weeks.Select((_, i) => trends.Sum(trend => trend!["points"]![i]!["supply"]!.GetValue<int>())).ToList();
        // Registrations come in every week, so no two weeks are alike; the last is the whole dataset.
        Assert.True(demand.Distinct().Count() >= 10, $"weekly demand {string.Join(", ", demand)}");
        Assert.True(supply.Distinct().Count() >= 10, $"weekly supply {string.Join(", ", supply)}");
        Assert.True(demand[0] < demand[^1] && supply[0] < supply[^1], $"demand {demand[0]} to {demand[^1]}, supply {supply[0]} to {supply[^1]}");
    }

    [Fact]
    public async Task The_demo_report_draws_each_flagged_sectors_trend_as_a_line_through_twelve_weeks()
    {
        var coordinator = await CoordinatorAsync("rijnmond");
        var week = (await coordinator.GetFromJsonAsync<JsonObject>("/v1/shortfalls"))!["week"]!.GetValue<string>();

        var report = (await coordinator.GetFromJsonAsync<JsonObject>($"/v1/reports/{week}"))!;
        var html = await coordinator.GetStringAsync($"/v1/reports/{week}?format=html");

        var trends = report["trends"]!.AsArray();
        Assert.NotEmpty(trends);
        Assert.All(trends, trend => Assert.Equal(12, trend!["points"]!.AsArray().Count));
        var demandLines = Regex.Matches(html, "<polyline class=\"line demand\" points=\"([^\"]*)\"");
        Assert.Equal(trends.Count, demandLines.Count);
        Assert.All(demandLines, line => Assert.Equal(12, line.Groups[1].Value.Split(' ').Length));
    }
}
