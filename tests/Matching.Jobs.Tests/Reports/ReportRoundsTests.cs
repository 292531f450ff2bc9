using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Matching.Jobs.Recruitment;
using Matching.Jobs.Reports;
using Matching.Jobs.Shortfalls;
using Matching.Jobs.Tests.Infrastructure;
using Matching.Tests;
using Microsoft.Extensions.Options;

namespace Matching.Jobs.Tests.Reports;

/// <summary>
/// The placement rounds in the report of 2027-W10 (Monday 8 March 2027): those sharing a region with the scope that ran
/// or were confirmed from Monday 15 February (2027-W07) up to Monday 15 March, midnight in Amsterdam (UTC+01:00 then).
/// </summary>
public sealed class ReportRoundsTests(PostgresServer postgres) : StoredSnapshotsTest(postgres)
{
    private const string Haaglanden = "haaglanden";

    private const string September = "Septemberronde Rijnmond";
    private const string Confirmed = "Voorjaarsronde Rijnmond";
    private const string OtherRegion = "Ronde Groot Amsterdam";

    private ShortfallReportBuilder Reports => new(
        new ShortfallSnapshots(Database), new ReportRounds(Database, Options.Create(new JobsOptions())), new CompaniesToRecruit(Database));

    protected override async Task ArrangeAsync()
    {
        await base.ArrangeAsync();
        // In the scope: run in the week, and one run in W06 but confirmed at 00:30 on W07's Monday in Amsterdam
        // (still Sunday in UTC).
        await Rows.RoundAsync(September, [TestRows.Rijnmond, Haaglanden], "proposed", At("2027-03-09T10:00Z"), figures: (40, 31, 27, 6, 0));
        await Rows.RoundAsync(Confirmed, [TestRows.Rijnmond], "confirmed", At("2027-02-10T10:00Z"), At("2027-02-14T23:30Z"), (1250, 1204, 1180, 0, 3));
        // Run in the week, in another region only.
        await Rows.RoundAsync(OtherRegion, [TestRows.Amsterdam], "proposed", At("2027-03-10T09:00Z"), figures: (12, 10, 9, 2, 0));
        // Never in a report: discarded; run five weeks before; run at 00:30 on the next week's Monday in Amsterdam; never run.
        await Rows.RoundAsync("Verworpen ronde", [TestRows.Rijnmond], "discarded", At("2027-03-09T08:00Z"), figures: (40, 30, 27, 6, 0));
        await Rows.RoundAsync("Oude ronde", [TestRows.Rijnmond], "proposed", At("2027-02-02T10:00Z"), figures: (8, 8, 8, 0, 0));
        await Rows.RoundAsync("Volgende week", [TestRows.Rijnmond], "proposed", At("2027-03-14T23:30Z"), figures: (8, 8, 8, 0, 0));
        await Rows.RoundAsync("Open ronde", [TestRows.Rijnmond], "open", null);
    }

    [Fact]
    public async Task A_report_lists_the_rounds_of_its_regions_run_or_confirmed_in_its_week_and_the_three_before_it()
    {
        var report = await Reports.BuildAsync(Week, new([TestRows.Rijnmond], []), CancellationToken.None);

        Assert.NotNull(report);
        Assert.Equal(
            [
                (September, "proposed", 40, 31, 27, 6, 0),
                (Confirmed, "confirmed", 1250, 1204, 1180, 0, 3),
            ],
            report.Rounds.Select(r => (r.Name, r.Status, r.Students, r.Placed, r.GreedyPlaced, r.PlacesLeft, r.BlockingPairs)));
        var september = report.Rounds[0];
        Assert.Equal([TestRows.Rijnmond, Haaglanden], september.Regions);
        Assert.Equal(["Rijnmond", "Haaglanden"], september.RegionNames);
        Assert.Equal((new DateOnly(2027, 9, 1), new DateOnly(2027, 9, 30)), (september.StartFrom, september.StartUntil));
        Assert.Equal((At("2027-03-09T10:00Z"), null), (september.ComputedAt, september.ConfirmedAt));
    }

    [Fact]
    public async Task A_report_of_every_region_lists_the_rounds_of_every_region()
    {
        var report = await Reports.BuildAsync(Week, new([], []), CancellationToken.None);

        Assert.NotNull(report);
        Assert.Equal([OtherRegion, September, Confirmed], report.Rounds.Select(r => r.Name));
    }

    [Fact]
    public async Task The_html_report_shows_the_rounds_in_dutch_with_their_figures()
    {
        var report = await Reports.BuildAsync(Week, new([TestRows.Rijnmond], []), CancellationToken.None);

        var section = Section(ShortfallReportHtml.Render(report!));

        Assert.Contains("<h2>Plaatsingsrondes</h2>", section, StringComparison.Ordinal);
        Assert.Contains("die in week 2027-W07 t/m 2027-W10 (de week van dit rapport en de drie weken ervoor) zijn uitgevoerd of bevestigd", section, StringComparison.Ordinal);
        Assert.Equal(
            [
                [September, "Rijnmond, Haaglanden", "1 t/m 30 september 2027", "voorgesteld", "40", "31", "27", "6", "0"],
                [Confirmed, "Rijnmond", "1 t/m 30 september 2027", "bevestigd", "1.250", "1.204", "1.180", "0", "3"],
            ],
            TableRows(section));
    }

    [Fact]
    public async Task The_json_report_has_the_rounds_in_camel_case()
    {
        var report = await Reports.BuildAsync(Week, new([TestRows.Rijnmond], []), CancellationToken.None);

        var json = JsonNode.Parse(JsonSerializer.Serialize(report, JsonSerializerOptions.Web))!;

        var rounds = json["rounds"]!.AsArray().Select(round => round!.AsObject()).ToList();
        Assert.Equal([September, Confirmed], rounds.Select(round => round["name"]!.GetValue<string>()));
        Assert.Equal(
            ["id", "name", "regions", "regionNames", "sectors", "startFrom", "startUntil", "status", "computedAt", "confirmedAt", "students", "placed", "greedyPlaced", "placesLeft", "blockingPairs"],
            rounds[0].Select(property => property.Key));
        Assert.Equal(
            [(40, 31, 27, 6, 0, "2027-09-01", "proposed"), (1250, 1204, 1180, 0, 3, "2027-09-01", "confirmed")],
            rounds.Select(round => (
                round["students"]!.GetValue<int>(), round["placed"]!.GetValue<int>(), round["greedyPlaced"]!.GetValue<int>(),
                round["placesLeft"]!.GetValue<int>(), round["blockingPairs"]!.GetValue<int>(), round["startFrom"]!.GetValue<string>(),
                round["status"]!.GetValue<string>())));
        Assert.Null(rounds[0]["confirmedAt"]);
        Assert.Equal(At("2027-02-14T23:30Z"), rounds[1]["confirmedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task A_report_whose_regions_had_no_round_says_so_in_one_sentence()
    {
        var report = await Reports.BuildAsync(Week, new(["twente"], []), CancellationToken.None);

        var section = Section(ShortfallReportHtml.Render(report!));

        Assert.Empty(report!.Rounds);
        Assert.Empty(JsonNode.Parse(JsonSerializer.Serialize(report, JsonSerializerOptions.Web))!["rounds"]!.AsArray());
        Assert.Equal(
            "<p class=\"empty\">In week 2027-W07 t/m 2027-W10 (de week van dit rapport en de drie weken ervoor) is in de regio's van dit rapport geen plaatsingsronde uitgevoerd of bevestigd.</p>",
            Regex.Match(section, "<p[^>]*>.*?</p>").Value.Replace("&#39;", "'", StringComparison.Ordinal));
        Assert.DoesNotContain("<table", section, StringComparison.Ordinal);
    }

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

    private static string Section(string html)
    {
        var start = html.IndexOf("<section id=\"rounds\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no section rounds");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    /// <summary>The table's rows, each its cells' text.</summary>
    private static List<List<string>> TableRows(string section) =>
    [
        .. Regex.Matches(section, "<tr data-round=[^>]*>(.*?)</tr>").Select(row =>
            Regex.Matches(row.Groups[1].Value, "<td[^>]*>(.*?)</td>").Select(cell => WebUtility.HtmlDecode(Regex.Replace(cell.Groups[1].Value, "<[^>]*>", ""))).ToList()),
    ];
}
