using System.Text.RegularExpressions;
using Matching.Jobs.Recruitment;
using Matching.Jobs.Reports;

namespace Matching.Jobs.Tests.Reports;

public sealed class ShortfallReportHtmlTests
{
    [Fact]
    public void Hostile_names_from_the_data_are_html_encoded_everywhere()
    {
        var script = "<script>alert(1)</script>";
        var image = "\"><img src=x onerror=alert(2)>";
        var cell = SampleReports.Cell(script, image, 20, 3, flagged: true, sectorCode: image) with
        {
            ByCrebo = [new CreboShortfall(25655, "<iframe src=javascript:alert(3)>", 20, 3, 17)],
        };
        var trend = new SectorTrend(image, script, [new TrendPoint(SampleReports.Week, 20, 3, 17)]);
        var round = SampleReports.Rounds[0] with { Name = script, RegionNames = [image], Status = "<b>x</b>" };
        var company = new CompanyToRecruit(1, Guid.Empty, image, script, 3072, image, "rijnmond", script, 3, 0,
            [new RecruitAccreditation(25655, script, image, 3, 0, 0, 0)], script);
        var report = new ShortfallReport(SampleReports.Week, SampleReports.ComputedAt, [image], [script], [cell], [trend], [round],
            [new CellRecruits(cell.Id, 3, 1, [company])]);

        var html = ShortfallReportHtml.Render(report);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_names_the_reports_regions_and_sectors_by_name_not_by_code()
    {
        var report = new ShortfallReport(SampleReports.Week, SampleReports.ComputedAt, ["TW", "UNKNOWN"], ["ZORG"],
            [SampleReports.Cell("Zorg, welzijn en sport", "Twente", 30, 20, flagged: true, sectorCode: "ZORG", regionCode: "TW")], [], [], []);

        var html = ShortfallReportHtml.Render(report);

        Assert.Contains("<dd>Twente, UNKNOWN</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Zorg, welzijn en sport</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Flagged_cells_come_first_largest_shortfall_first()
    {
        var report = SampleReports.WithCells(
            SampleReports.Cell("Handel", "Twente", 10, 9),
            SampleReports.Cell("Bouw", "Twente", 30, 20, flagged: true, sectorCode: "BOUW"),
            SampleReports.Cell("Zorg", "Twente", 50, 10, flagged: true, sectorCode: "ZORG"),
            SampleReports.Cell("ICT", "Twente", 20, 5, flagged: true, sectorCode: "ICT"));

        var html = ShortfallReportHtml.Render(report);

        var flagged = Section(html, "flagged");
        Assert.Equal(["Zorg", "ICT", "Bouw"], Regex.Matches(flagged, "<tr><td class=\"name sector\">([^<]+)</td>").Select(match => match.Groups[1].Value));
        Assert.DoesNotContain("Handel", flagged, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"flagged\"", StringComparison.Ordinal) < html.IndexOf("id=\"by-sector\"", StringComparison.Ordinal));
        Assert.True(html.IndexOf("id=\"by-sector\"", StringComparison.Ordinal) < html.IndexOf("id=\"all-cells\"", StringComparison.Ordinal));
        Assert.Contains("Handel", Section(html, "all-cells"), StringComparison.Ordinal);
    }

    [Fact]
    public void Flagged_cell_lists_its_three_worst_short_crebos_and_counts_the_rest()
    {
        var cell = SampleReports.Cell("Zorg", "Twente", 40, 10, flagged: true) with
        {
            ByCrebo =
            [
                new CreboShortfall(1, "Eerste", 5, 4, 1),
                new CreboShortfall(2, "Tweede", 15, 3, 12),
                new CreboShortfall(3, "Derde", 10, 2, 8),
                new CreboShortfall(4, "Vierde", 10, 1, 9),
                new CreboShortfall(5, "Vijfde", 0, 10, -10),
            ],
        };

        var flagged = Section(ShortfallReportHtml.Render(SampleReports.WithCells(cell)), "flagged");

        Assert.Equal(["Tweede", "Vierde", "Derde"], Regex.Matches(flagged, "</span> (\\w+) <span").Select(match => match.Groups[1].Value));
        Assert.Contains("en nog 1", flagged, StringComparison.Ordinal);
        Assert.DoesNotContain("Vijfde", flagged, StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_figures_sum_the_cells_with_dutch_thousands()
    {
        var report = SampleReports.WithCells(
            SampleReports.Cell("Zorg", "Twente", 1500, 400, flagged: true, sectorCode: "ZORG"),
            SampleReports.Cell("Handel", "Twente", 3, 5));

        var figures = Section(ShortfallReportHtml.Render(report), "figures", "class");

        Assert.Equal(
            [("Tekort", "1.100"), ("Knelpunten", "1"), ("Elders over", "2"), ("Vraag", "1.503"), ("Aanbod", "405")],
            Figures(figures));
        Assert.Contains("<div class=\"value\">1</div><div class=\"sub\">van 2 cellen</div>", figures, StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_sums_the_short_cells_and_shows_the_surplus_apart_when_the_surplus_outweighs_them()
    {
        // Net, these cells have 88 places to spare; 52 places are short all the same, 50 of them in two knelpunten.
        var report = SampleReports.WithCells(
            SampleReports.Cell("Zorg", "Twente", 40, 10, flagged: true, sectorCode: "ZORG"),
            SampleReports.Cell("ICT", "Twente", 30, 10, flagged: true, sectorCode: "ICT"),
            SampleReports.Cell("Bouw", "Twente", 12, 10, sectorCode: "BOUW"),
            SampleReports.Cell("Handel", "Twente", 10, 110),
            SampleReports.Cell("Horeca", "Twente", 20, 60, sectorCode: "HOR"));

        var html = ShortfallReportHtml.Render(report);

        Assert.Contains("<p class=\"headline\">Tekort: 52 plaatsen in 3 cellen, waarvan 2 knelpunten; elders 140 plaatsen over.</p>", html, StringComparison.Ordinal);
        var figures = Section(html, "figures", "class");
        Assert.Equal([("Tekort", "52"), ("Knelpunten", "2"), ("Elders over", "140"), ("Vraag", "112"), ("Aanbod", "200")], Figures(figures));
        Assert.Contains("<div class=\"figure figure-short lead\">", figures, StringComparison.Ordinal);
        Assert.DoesNotContain("88", figures, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 30, 20, -100 }, new[] { true, true, false }, "Tekort: 50 plaatsen in 2 knelpunten; elders 100 plaatsen over.")]
    [InlineData(new[] { 9, 1 }, new[] { true, false }, "Tekort: 10 plaatsen in 2 cellen, waarvan 1 knelpunt.")]
    [InlineData(new[] { 1, -3 }, new[] { false, false }, "Tekort: 1 plaats in 1 cel, geen knelpunt; elders 3 plaatsen over.")]
    [InlineData(new[] { -1, 0 }, new[] { false, false }, "Geen tekort: het aanbod dekt overal de vraag, met 1 plaats over.")]
    [InlineData(new[] { 0 }, new[] { false }, "Geen tekort: vraag en aanbod zijn overal in evenwicht.")]
    [InlineData(new int[0], new bool[0], "Geen gegevens: dit rapport heeft geen cellen.")]
    public void Headline_sentence_names_the_shortfall_the_knelpunten_and_the_surplus(int[] shortfalls, bool[] flagged, string expected)
    {
        var cells = shortfalls.Select((shortfall, i) =>
            SampleReports.Cell($"Sector {i}", "Twente", 100 + Math.Max(0, shortfall), 100 - Math.Min(0, shortfall), flagged[i], sectorCode: $"S{i}"));
        var report = SampleReports.WithCells([.. cells]);

        var html = ShortfallReportHtml.Render(report);

        Assert.Contains($"<p class=\"headline\">{expected}</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sector_bars_draw_a_surplus_in_its_own_colour()
    {
        var report = SampleReports.WithCells(
            SampleReports.Cell("Zorg", "Twente", 30, 10, flagged: true, sectorCode: "ZORG"),
            SampleReports.Cell("Handel", "Twente", 4, 10));

        var chart = Chart(ShortfallReportHtml.Render(report), "shortfall-by-sector");

        Assert.Matches($"<rect class=\"bar short\"[^>]*fill=\"{ShortfallReportHtml.ShortfallColor}\"", chart);
        Assert.Matches($"<rect class=\"bar surplus\"[^>]*fill=\"{ShortfallReportHtml.SurplusColor}\"", chart);
        Assert.Contains(">+20</text>", chart, StringComparison.Ordinal);
        Assert.Contains(">\u22126</text>", chart, StringComparison.Ordinal);
        Assert.True(chart.IndexOf(">Zorg<", StringComparison.Ordinal) < chart.IndexOf(">Handel<", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_fetches_nothing_from_outside()
    {
        var html = ShortfallReportHtml.Render(SampleReports.Realistic());

        foreach (var external in new[] { "src=\"http", "href=\"http", "src='http", "href='http", "@import", "url(http", "url(//", "<link", "<script", "src=\"//" })
        {
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        }
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_are_responsive_svg_with_one_trend_per_flagged_sector()
    {
        var report = SampleReports.Realistic();

        var html = ShortfallReportHtml.Render(report);

        Assert.Matches("<svg class=\"chart\" id=\"shortfall-by-sector\" viewBox=\"0 0 400 [1-9][0-9.]*\" width=\"100%\"", html);
        Assert.Equal(report.Trends.Count, Regex.Matches(html, "<svg class=\"chart trend\" id=\"trend-\\d+\" viewBox=\"0 0 400 256\" width=\"100%\"").Count);
        Assert.Contains(">W10</text>", html, StringComparison.Ordinal);
        Assert.Contains("ISO-week 2025-W51 t/m 2026-W10", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_shades_the_gap_red_then_green_where_supply_overtakes_demand()
    {
        var cell = SampleReports.Cell("Zorg", "Twente", 20, 30, flagged: true);
        var trend = new SectorTrend("HAN", "Zorg", [new TrendPoint(SampleReports.Week.AddWeeks(-2), 30, 10, 20), new TrendPoint(SampleReports.Week.AddWeeks(-1), 20, 20, 0), new TrendPoint(SampleReports.Week, 20, 30, -10)]);
        var report = SampleReports.WithCells(cell) with { Trends = [trend] };

        var chart = Chart(ShortfallReportHtml.Render(report), "trend-0");

        Assert.Single(Regex.Matches(chart, $"<polygon class=\"gap short\"[^>]*fill=\"{ShortfallReportHtml.ShortfallColor}\""));
        Assert.Single(Regex.Matches(chart, $"<polygon class=\"gap surplus\"[^>]*fill=\"{ShortfallReportHtml.SurplusColor}\""));
        Assert.Equal(3, Regex.Matches(chart, "<circle class=\"demand\"[^>]*><title>[^<]*: vraag ").Count);
        Assert.Contains(">W08</text>", chart, StringComparison.Ordinal);
        Assert.Contains(">30</text>", chart, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_report_says_no_data_and_keeps_sized_charts()
    {
        var html = ShortfallReportHtml.Render(SampleReports.Empty());

        Assert.Contains("Geen gegevens: dit rapport heeft geen cellen.", Chart(html, "shortfall-by-sector"), StringComparison.Ordinal);
        Assert.Matches("<svg class=\"chart\" id=\"shortfall-by-sector\" viewBox=\"0 0 400 96\"", html);
        Assert.Matches("<svg class=\"chart trend\" id=\"trend-none\" viewBox=\"0 0 400 96\"[^>]*>.*Geen gegevens", html);
        Assert.Contains("<p class=\"empty\">Geen gegevens: dit rapport heeft geen cellen.</p>", Section(html, "all-cells"), StringComparison.Ordinal);
    }

    [Fact]
    public void Same_report_renders_the_same_bytes_with_its_own_computed_time()
    {
        var report = SampleReports.Realistic();

        var first = ShortfallReportHtml.Render(report);
        var second = ShortfallReportHtml.Render(report);

        Assert.Equal(first, second);
        Assert.Contains("<time datetime=\"2026-03-02T06:00:12+01:00\">2 maart 2026, 06:00 UTC+01:00</time>", first, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_dutch_throughout_with_lang_nl()
    {
        var overflowing = SampleReports.Cell("Zorg", "Twente", 40, 10, flagged: true, sectorCode: "ZORG") with
        {
            ByCrebo = [.. Enumerable.Range(1, 5).Select(i => new CreboShortfall(25000 + i, "Verzorgende", 8, 2, 6))],
        };
        var unexplained = SampleReports.Cell("Bouw", "Twente", 30, 10, flagged: true, sectorCode: "BOUW");
        var oneWeek = new SectorTrend("BOUW", "Bouw", [new TrendPoint(SampleReports.Week, 30, 10, 20)]);
        var surplusTrend = new SectorTrend("ZORG", "Zorg", [new TrendPoint(SampleReports.Week.AddWeeks(-2), 10, 30, -20), new TrendPoint(SampleReports.Week, 10, 10, 0)]);
        ShortfallReport[] reports =
        [
            SampleReports.Realistic(),
            SampleReports.Empty(),
            SampleReports.WithCells(SampleReports.Cell("Handel", "Twente", 3, 9)),
            SampleReports.WithCells(overflowing, unexplained, SampleReports.Cell("Handel", "Twente", 3, 3)) with { Trends = [oneWeek, surplusTrend] },
        ];

        foreach (var report in reports)
        {
            var html = ShortfallReportHtml.Render(report);

            Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
            var english = ReaderWords(html, report).Where(EnglishWords.Contains).Distinct().Order(StringComparer.Ordinal);
            Assert.Empty(english);
        }
    }

    [Fact]
    public void Dates_months_and_numbers_are_written_the_dutch_way()
    {
        var cell = SampleReports.Cell("Zorg", "Twente", 2500, 1200, flagged: true) with { StartMonth = new DateOnly(2026, 3, 1) };
        var report = SampleReports.WithCells(cell) with { ComputedAt = new DateTimeOffset(2026, 12, 7, 5, 0, 31, TimeSpan.Zero) };

        var html = ShortfallReportHtml.Render(report);

        Assert.Contains("<span class=\"since\">vanaf maandag 2 maart 2026</span>", html, StringComparison.Ordinal);
        Assert.Contains(">7 december 2026, 05:00 UTC</time>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"month\">mrt. 2026</td>", html, StringComparison.Ordinal);
        Assert.Contains(">+1.300</td>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Zorg: 1.300 plaatsen tekort (vraag 2.500, aanbod 1.200)</title>", html, StringComparison.Ordinal);
    }

    // Words of the old English page, and English words a translation tends to leave behind; none of them is Dutch.
    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "shortfall", "shortfalls", "demand", "supply", "surplus", "report", "weekly", "flagged", "flag", "cells", "cell", "region", "regions",
        "sectors", "all", "computed", "from", "monday", "headline", "figures", "seeking", "students", "free", "places", "place", "spare",
        "short", "more", "than", "where", "fall", "largest", "first", "qualifications", "most", "top", "and", "the", "no", "data",
        "this", "has", "are", "summed", "months", "month", "every", "highlighted", "weeks", "each", "shaded", "gap", "since",
        "up", "down", "unchanged", "balance", "breakdown", "single", "yet", "for", "these", "counts", "offers", "minus", "negative", "when",
        "passes", "threshold", "to", "mar", "may", "oct", "march", "june", "july", "october", "january", "february",
    };

    /// <summary>
    /// Every word a reader sees or hears: text, titles and labels, without the names from the data (which stay as stored,
    /// and some crebo names are English).
    /// </summary>
    private static IEnumerable<string> ReaderWords(string html, ShortfallReport report)
    {
        var page = Regex.Replace(html, "<style>.*?</style>", " ", RegexOptions.Singleline);
        var attributes = Regex.Matches(page, "(?:title|aria-label|data-label|alt)=\"([^\"]*)\"").Select(match => match.Groups[1].Value);
        var text = string.Join(' ', Regex.Split(page, "<[^>]*>").Concat(attributes).Select(System.Net.WebUtility.HtmlDecode));
        var names = report.Cells.SelectMany(cell => cell.ByCrebo.Select(crebo => crebo.Name).Append(cell.SectorName).Append(cell.RegionName))
            .Concat(report.Recruits.SelectMany(cell => cell.Companies).SelectMany(company => new[] { company.Name, company.Place }));
        foreach (var name in names.Distinct().OrderByDescending(name => name.Length))
        {
            text = text.Replace(name, " ", StringComparison.Ordinal);
        }
        return Regex.Matches(text, "\\p{L}+").Select(match => match.Value);
    }

    private static List<(string Label, string Value)> Figures(string figures) =>
    [
        .. Regex.Matches(figures, "<div class=\"label\">([^<]*)</div><div class=\"value\">([^<]*)</div>")
            .Select(match => (match.Groups[1].Value, match.Groups[2].Value)),
    ];

    private static string Section(string html, string name, string attribute = "id")
    {
        var start = html.IndexOf($"<section {attribute}=\"{name}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {name}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static string Chart(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no chart {id}");
        return html[start..html.IndexOf("</svg>", start, StringComparison.Ordinal)];
    }
}
