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

namespace Matching.Jobs.Tests.Recruitment;

/// <summary>
/// Places to recruit in a small Rijnmond region built by hand, with the real snapshot of 2027-W10 (Monday 8 March 2027).
/// March's logistics cell: 15 seeking students of 25774 in Rotterdam-Zuid (PC4 3072), ten BOL who travel 20 km, one BOL
/// available since January (the snapshot's first month takes those available already) who travels as far, one BOL who
/// travels 60 km and three BBL who travel 5 km, against 2 free places: flagged. Distances from 3072: Rotterdam
/// centre (3011) 2.0 km, the Waalhaven (3089) 5.1 km, Middelharnis (3241) 27.5 km, Amsterdam (1012) 59.2 km.
/// </summary>
public sealed class CompaniesToRecruitTests(PostgresServer postgres) : DatabaseTest(postgres)
{
    private static readonly IsoWeek Week = IsoWeek.Parse("2027-W10");
    private const int Crebo = TestRows.LogisticsCrebo;
    private const int CentrePc4 = 3011;
    private const int MiddelharnisPc4 = 3241;

    private static readonly DateOnly March = new(2027, 3, 1);
    private static readonly DateOnly Since2026 = new(2026, 1, 1);

    private Guid _delta;

    protected override async Task ArrangeAsync()
    {
        await Rows.StudentsAsync(10, Crebo, TestRows.RotterdamPc4, March);
        await Rows.StudentsAsync(1, Crebo, TestRows.RotterdamPc4, new DateOnly(2027, 1, 10));
        await Rows.StudentsAsync(1, Crebo, TestRows.RotterdamPc4, March, maxDistanceKm: 60);
        await Rows.StudentsAsync(3, Crebo, TestRows.RotterdamPc4, March, learningPath: "BBL", maxDistanceKm: 5);
        // Not the cell's demand: inactive, available from April (a cell of its own, too small to flag), placed.
        await Rows.StudentsAsync(1, Crebo, TestRows.RotterdamPc4, March, status: "inactive");
        await Rows.StudentsAsync(2, Crebo, TestRows.RotterdamPc4, new DateOnly(2027, 4, 1));
        var placed = await Rows.StudentsAsync(2, Crebo, TestRows.RotterdamPc4, new DateOnly(2026, 9, 1), status: "placed");

        // Listed: no open offer for March, one offer last September with two placements, and an open offer for May.
        var alfa = await Rows.CompanyAsync("Alfa Stuwadoors", TestRows.WaalhavenPc4, (Crebo, "BOL", Since2026, null));
        var september = await Rows.OfferAsync(alfa, [Crebo], new(2026, 9, 1), new(2027, 1, 31), 2, status: "closed");
        foreach (var student in placed)
        {
            await Rows.PlacementAsync(student, september, "ended", new(2026, 9, 1), new(2027, 1, 31));
        }
        await Rows.OfferAsync(alfa, [Crebo], new(2027, 5, 1), new(2027, 8, 31), 1);
        // Listed: one open offer for March against three in the year before.
        var bravo = await Rows.CompanyAsync("Bravo Logistiek", CentrePc4, (Crebo, "BOL", Since2026, null));
        foreach (var start in new DateOnly[] { new(2026, 4, 1), new(2026, 9, 1), new(2027, 2, 1) })
        {
            await Rows.OfferAsync(bravo, [Crebo], start, start.AddMonths(2).AddDays(-1), 1, status: "closed", pc4: CentrePc4);
        }
        await Rows.OfferAsync(bravo, [Crebo], March, new(2027, 6, 30), 1, pc4: CentrePc4);
        // Not listed: an open offer for March and none before.
        var charlie = await Rows.CompanyAsync("Charlie Distributie", CentrePc4, (Crebo, "BOL", Since2026, null));
        await Rows.OfferAsync(charlie, [Crebo], March, new(2027, 6, 30), 1, pc4: CentrePc4);
        // Listed: BBL only, at the students' own PC4.
        _delta = await Rows.CompanyAsync("Delta Opleidingsbedrijf", TestRows.RotterdamPc4, (Crebo, "BBL", Since2026, null));
        // Listed: outside the region, but within the 60 km student's reach.
        await Rows.CompanyAsync("Echo Amsterdam", TestRows.AmsterdamPc4, (Crebo, "BOL", Since2026, null));
        // Listed: in the region, though no BBL student travels 27 km.
        await Rows.CompanyAsync("Foxtrot Flakkee", MiddelharnisPc4, (Crebo, "BBL", Since2026, null));
        // Not listed: accredited until February only; accredited for another crebo; BBL in Amsterdam, out of every BBL student's reach.
        await Rows.CompanyAsync("Golf Transport", TestRows.RotterdamPc4, (Crebo, "BOL", Since2026, new DateOnly(2027, 2, 28)));
        await Rows.CompanyAsync("Hotel Logistiek", TestRows.RotterdamPc4, (TestRows.OtherLogisticsCrebo, "BOL", Since2026, null));
        await Rows.CompanyAsync("India Amsterdam", TestRows.AmsterdamPc4, (Crebo, "BBL", Since2026, null));
        // Listed: accredited from the middle of March, which can still start a place that month.
        await Rows.CompanyAsync("Juliet Logistics", TestRows.RotterdamPc4, (Crebo, "BOL", new DateOnly(2027, 3, 15), null));

        await new ShortfallCalculator(Database, Options.Create(new JobsOptions())).ComputeAsync(new DateOnly(2027, 3, 8), new(2027, 3, 8, 5, 0, 0, TimeSpan.Zero), CancellationToken.None);
    }

    [Fact]
    public async Task The_cell_lists_the_companies_with_room_for_a_short_crebo_most_students_within_reach_first_then_placements()
    {
        var cell = await MarchCellAsync();

        var recruits = (await new CompaniesToRecruit(Database).FindAsync(Week, [cell], CancellationToken.None)).Single();

        Assert.Equal((15, 2, true), (cell.Demand, cell.Supply, cell.Flagged));
        Assert.Equal(("mobiliteit-transport-logistiek-maritiem_rijnmond_2027-03", 15, 6), (recruits.CellId, recruits.Students, recruits.Total));
        Assert.Equal(
            [
                (1, "Alfa Stuwadoors", "rijnmond", 12, 2, "accredited for 25774 BOL, no open offer for 2027-03 (1 offer in the 12 months before); 2 placements in these qualifications so far"),
                (2, "Bravo Logistiek", "rijnmond", 12, 0, "accredited for 25774 BOL, 1 open offer for 2027-03 against 3 in the 12 months before"),
                (3, "Juliet Logistics", "rijnmond", 12, 0, "accredited for 25774 BOL, no open offer for 2027-03"),
                (4, "Delta Opleidingsbedrijf", "rijnmond", 3, 0, "accredited for 25774 BBL, no open offer for 2027-03"),
                (5, "Echo Amsterdam", "groot-amsterdam", 1, 0, "accredited for 25774 BOL, no open offer for 2027-03"),
                (6, "Foxtrot Flakkee", "rijnmond", 0, 0, "accredited for 25774 BBL, no open offer for 2027-03; in the region, but no seeking student of the cell lives within reach"),
            ],
            recruits.Companies.Select(c => (c.Rank, c.Name, c.RegionCode, c.StudentsWithinReach, c.Placements, c.Reason)));
    }

    [Fact]
    public async Task Each_accreditation_carries_its_students_offers_and_placements()
    {
        var recruits = (await new CompaniesToRecruit(Database).FindAsync(Week, [await MarchCellAsync()], CancellationToken.None)).Single();

        var byName = recruits.Companies.ToDictionary(c => c.Name);
        Assert.Equal([new RecruitAccreditation(Crebo, "Logistiek medewerker", "BOL", 12, 0, 1, 2)], byName["Alfa Stuwadoors"].Accreditations);
        Assert.Equal([new RecruitAccreditation(Crebo, "Logistiek medewerker", "BOL", 12, 1, 3, 0)], byName["Bravo Logistiek"].Accreditations);
        Assert.Equal((TestRows.WaalhavenPc4, "Rotterdam", "Rijnmond"), (byName["Alfa Stuwadoors"].Pc4, byName["Alfa Stuwadoors"].Place, byName["Alfa Stuwadoors"].RegionName));
        Assert.Equal(("Amsterdam", "Groot Amsterdam"), (byName["Echo Amsterdam"].Place, byName["Echo Amsterdam"].RegionName));
    }

    [Fact]
    public async Task A_company_accredited_on_both_paths_reaches_both_groups_of_students_and_reads_as_one_line()
    {
        await Rows.CompanyAsync("Kilo Leerbedrijf", TestRows.RotterdamPc4, (Crebo, "BBL", Since2026, null), (Crebo, "BOL", Since2026, null));

        var recruits = (await new CompaniesToRecruit(Database).FindAsync(Week, [await MarchCellAsync()], CancellationToken.None)).Single();

        var kilo = recruits.Companies[0];
        Assert.Equal((1, "Kilo Leerbedrijf", 15, "accredited for 25774 BOL/BBL, no open offer for 2027-03"), (kilo.Rank, kilo.Name, kilo.StudentsWithinReach, kilo.Reason));
        Assert.Equal([("BOL", 12), ("BBL", 3)], kilo.Accreditations.Select(a => (a.LearningPath, a.StudentsWithinReach)));
    }

    [Fact]
    public async Task An_offer_opened_after_the_snapshot_takes_the_company_off_the_list()
    {
        await Rows.OfferAsync(_delta, [Crebo], new DateOnly(2027, 3, 15), new DateOnly(2027, 9, 30), 2, learningPath: "BBL", pc4: TestRows.RotterdamPc4);

        var recruits = (await new CompaniesToRecruit(Database).FindAsync(Week, [await MarchCellAsync()], CancellationToken.None)).Single();

        Assert.Equal(["Alfa Stuwadoors", "Bravo Logistiek", "Juliet Logistics", "Echo Amsterdam", "Foxtrot Flakkee"], recruits.Companies.Select(c => c.Name));
    }

    [Fact]
    public async Task An_open_offer_running_since_before_last_year_is_an_open_offer_for_the_first_month()
    {
        var mike = await Rows.CompanyAsync("Mike Opslag", TestRows.RotterdamPc4, (Crebo, "BOL", new DateOnly(2025, 1, 1), null));
        await Rows.OfferAsync(mike, [Crebo], new DateOnly(2025, 9, 1), new DateOnly(2027, 6, 30), 1, pc4: TestRows.RotterdamPc4);

        var recruits = (await new CompaniesToRecruit(Database).FindAsync(Week, [await MarchCellAsync()], CancellationToken.None)).Single();

        Assert.DoesNotContain("Mike Opslag", recruits.Companies.Select(c => c.Name));
        Assert.Equal(6, recruits.Total);
    }

    [Fact]
    public async Task A_company_with_a_renewed_accreditation_counts_once()
    {
        await Rows.CompanyAsync("Lima Logistiek", TestRows.RotterdamPc4, (Crebo, "BOL", Since2026, null), (Crebo, "BOL", new DateOnly(2027, 1, 1), null));

        var recruits = (await new CompaniesToRecruit(Database).FindAsync(Week, [await MarchCellAsync()], CancellationToken.None)).Single();

        var lima = Assert.Single(recruits.Companies, c => c.Name == "Lima Logistiek");
        Assert.Equal((12, 1), (lima.StudentsWithinReach, lima.Accreditations.Count));
    }

    [Fact]
    public async Task The_report_lists_the_first_five_companies_of_each_flagged_cell_in_json_and_in_dutch()
    {
        var report = await Reports.BuildAsync(Week, new([TestRows.Rijnmond], []), CancellationToken.None);

        var recruits = Assert.Single(report!.Recruits);
        Assert.Equal((report.Cells.Single(c => c.Flagged).Id, 15, 6), (recruits.CellId, recruits.Students, recruits.Total));
        Assert.Equal(["Alfa Stuwadoors", "Bravo Logistiek", "Juliet Logistics", "Delta Opleidingsbedrijf", "Echo Amsterdam"], recruits.Companies.Select(c => c.Name));
        var json = JsonNode.Parse(JsonSerializer.Serialize(report, JsonSerializerOptions.Web))!;
        Assert.Equal("mobiliteit-transport-logistiek-maritiem_rijnmond_2027-03", json["cells"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(
            ["rank", "companyId", "kvk", "name", "pc4", "place", "regionCode", "regionName", "studentsWithinReach", "placements", "accreditations", "reason"],
            json["recruits"]![0]!["companies"]![0]!.AsObject().Select(property => property.Key));
        var section = Section(ShortfallReportHtml.Render(report));
        Assert.Contains("<h3>Mobiliteit, transport, logistiek en maritiem · Rijnmond · mrt. 2027 <span class=\"count\">6 leerbedrijven</span></h3>", section, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note\">15 zoekende studenten met een crebo met tekort.</p>", section, StringComparison.Ordinal);
        Assert.Equal(
            [
                ["Alfa Stuwadoors", "Rotterdam", "12", "2", "erkend voor 25774 BOL, geen open vacature; 1 in de twaalf maanden ervoor"],
                ["Bravo Logistiek", "Rotterdam", "12", "0", "erkend voor 25774 BOL, 1 open vacature; 3 in de twaalf maanden ervoor"],
                ["Juliet Logistics", "Rotterdam", "12", "0", "erkend voor 25774 BOL, geen open vacature"],
                ["Delta Opleidingsbedrijf", "Rotterdam", "3", "0", "erkend voor 25774 BBL, geen open vacature"],
                ["Echo Amsterdam", "Amsterdam", "1", "0", "erkend voor 25774 BOL, geen open vacature"],
            ],
            TableRows(section));
    }

    [Fact]
    public async Task A_report_ranks_companies_for_its_largest_knelpunten_and_sends_the_reader_to_the_api_for_the_others()
    {
        var regions = new[] { "groningen", "friesland", "drenthe", "twente", "zuid-limburg", "midden-utrecht", "haaglanden" };
        for (var i = 0; i <= ShortfallReportBuilder.RecruitCells; i++)
        {
            await Rows.SnapshotAsync(IsoWeek.Parse("2027-W11"), TestRows.Logistics, regions[i % regions.Length], March.AddMonths(i / regions.Length), 30 + i, 0, true,
                new DateTimeOffset(2027, 3, 15, 5, 0, 0, TimeSpan.Zero));
        }

        var report = await Reports.BuildAsync(IsoWeek.Parse("2027-W11"), new([], []), CancellationToken.None);

        Assert.Equal(report!.Cells.Take(ShortfallReportBuilder.RecruitCells).Select(c => c.Id), report.Recruits.Select(r => r.CellId));
        Assert.Equal(30 + ShortfallReportBuilder.RecruitCells, report.Cells.Single(c => c.Id == report.Recruits[0].CellId).Demand);
        var section = Section(ShortfallReportHtml.Render(report));
        Assert.Contains($"<p class=\"note\">Voor de {ShortfallReportBuilder.RecruitCells} knelpunten met het grootste tekort de erkende leerbedrijven", section, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note\">De leerbedrijven voor de andere 1 knelpunt geeft de API per knelpunt.</p>", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_without_flagged_cells_says_there_is_no_one_to_recruit()
    {
        var report = await Reports.BuildAsync(Week, new([TestRows.Amsterdam], []), CancellationToken.None);

        Assert.Empty(report!.Recruits);
        Assert.Equal("<p class=\"empty\">Geen gegevens: dit rapport heeft geen cellen.</p>",
            Regex.Match(Section(ShortfallReportHtml.Render(report)), "<p[^>]*>.*?</p>").Value);
    }

    private ShortfallReportBuilder Reports => new(
        new ShortfallSnapshots(Database), new ReportRounds(Database, Options.Create(new JobsOptions())), new CompaniesToRecruit(Database));

    private async Task<ShortfallCell> MarchCellAsync() =>
        (await new ShortfallSnapshots(Database).CellAsync(Week, new ShortfallCellId(TestRows.Logistics, TestRows.Rijnmond, March), CancellationToken.None))!;

    private static string Section(string html)
    {
        var start = html.IndexOf("<section id=\"recruit\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no section recruit");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    /// <summary>The table's rows, each its cells' text, the company's KvK number (random here) left out.</summary>
    private static List<List<string>> TableRows(string section) =>
    [
        .. Regex.Matches(section, "<tr data-kvk=[^>]*>(.*?)</tr>").Select(row =>
            Regex.Matches(Regex.Replace(row.Groups[1].Value, "<br><span class=\"muted\">KvK [0-9]{8}</span>", ""), "<td[^>]*>(.*?)</td>")
                .Select(cell => WebUtility.HtmlDecode(Regex.Replace(cell.Groups[1].Value, "<[^>]*>", ""))).ToList()),
    ];
}
