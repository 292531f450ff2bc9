using System.Text.RegularExpressions;
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
        var trend = new SectorTrend(image, script, [new TrendPoint("<b>W1</b>", 20, 3, 17)]);
        var report = new ShortfallReport("<i>2026-W10</i>", SampleReports.ComputedAt, [image], [script], [cell], [trend]);

        var html = ShortfallReportHtml.Render(report);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_names_the_reports_regions_and_sectors_by_name_not_by_code()
    {
        var report = new ShortfallReport("2026-W10", SampleReports.ComputedAt, ["TW", "UNKNOWN"], ["ZORG"],
            [SampleReports.Cell("Zorg, welzijn en sport", "Twente", 30, 20, flagged: true, sectorCode: "ZORG", regionCode: "TW")], []);

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
        Assert.Contains("and 1 more", flagged, StringComparison.Ordinal);
        Assert.DoesNotContain("Vijfde", flagged, StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_figures_sum_the_cells()
    {
        var report = SampleReports.WithCells(
            SampleReports.Cell("Zorg", "Twente", 1500, 400, flagged: true, sectorCode: "ZORG"),
            SampleReports.Cell("Handel", "Twente", 3, 5));

        var figures = Section(ShortfallReportHtml.Render(report), "figures", "class");

        Assert.Contains("<div class=\"value\">1,503</div>", figures, StringComparison.Ordinal);
        Assert.Contains("<div class=\"value\">405</div>", figures, StringComparison.Ordinal);
        Assert.Contains("<div class=\"value\">+1,098</div>", figures, StringComparison.Ordinal);
        Assert.Contains("<div class=\"value\">1</div><div class=\"sub\">of 2 cells</div>", figures, StringComparison.Ordinal);
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
        Assert.Contains("ISO week, 2025-W51 to 2026-W10", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_shades_the_gap_red_then_green_where_supply_overtakes_demand()
    {
        var cell = SampleReports.Cell("Zorg", "Twente", 20, 30, flagged: true);
        var trend = new SectorTrend("HAN", "Zorg", [new TrendPoint("2026-W08", 30, 10, 20), new TrendPoint("2026-W09", 20, 20, 0), new TrendPoint("2026-W10", 20, 30, -10)]);
        var report = SampleReports.WithCells(cell) with { Trends = [trend] };

        var chart = Chart(ShortfallReportHtml.Render(report), "trend-0");

        Assert.Single(Regex.Matches(chart, $"<polygon class=\"gap short\"[^>]*fill=\"{ShortfallReportHtml.ShortfallColor}\""));
        Assert.Single(Regex.Matches(chart, $"<polygon class=\"gap surplus\"[^>]*fill=\"{ShortfallReportHtml.SurplusColor}\""));
        Assert.Equal(3, Regex.Matches(chart, "<circle[^>]*><title>[^<]*demand").Count);
        Assert.Contains(">W08</text>", chart, StringComparison.Ordinal);
        Assert.Contains(">30</text>", chart, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_report_says_no_data_and_keeps_sized_charts()
    {
        var html = ShortfallReportHtml.Render(SampleReports.Empty());

        Assert.Contains("No data: this report has no cells.", Chart(html, "shortfall-by-sector"), StringComparison.Ordinal);
        Assert.Matches("<svg class=\"chart\" id=\"shortfall-by-sector\" viewBox=\"0 0 400 96\"", html);
        Assert.Matches("<svg class=\"chart trend\" id=\"trend-none\" viewBox=\"0 0 400 96\"[^>]*>.*No data", html);
        Assert.Contains("<p class=\"empty\">No data: this report has no cells.</p>", Section(html, "all-cells"), StringComparison.Ordinal);
    }

    [Fact]
    public void Same_report_renders_the_same_bytes_with_its_own_computed_time()
    {
        var report = SampleReports.Realistic();

        var first = ShortfallReportHtml.Render(report);
        var second = ShortfallReportHtml.Render(report);

        Assert.Equal(first, second);
        Assert.Contains("<time datetime=\"2026-03-02T06:00:12+01:00\">2026-03-02 06:00 UTC+01:00</time>", first, StringComparison.Ordinal);
    }

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
