using System.Globalization;
using System.Text.RegularExpressions;
using Matching.Jobs.Reports;

namespace Matching.Jobs.Tests.Reports;

/// <summary>The trend chart with one week, twelve, and weeks missing: each week keeps its place on the axis.</summary>
public sealed class TrendChartTests
{
    // The plot runs from x=52 to x=386 in the chart's 400-wide viewBox.
    private const double Left = 52;
    private const double Right = 386;

    [Fact]
    public void One_week_is_a_dot_for_each_line_in_the_middle()
    {
        var chart = Chart([Point("2026-W10", 30, 10)]);

        Assert.Empty(Lines(chart, "demand"));
        Assert.Empty(Lines(chart, "supply"));
        Assert.Equal([(Left + Right) / 2], Dots(chart, "demand"));
        Assert.Equal([(Left + Right) / 2], Dots(chart, "supply"));
        Assert.Equal(["W10"], WeekLabels(chart));
        Assert.Contains(">ISO-week 2026-W10</text>", chart, StringComparison.Ordinal);
    }

    [Fact]
    public void Twelve_weeks_across_new_year_are_one_line_through_twelve_points()
    {
        var points = Enumerable.Range(0, 12)
            .Select(i => Point(IsoWeek.Of(new DateOnly(2025, 12, 15).AddDays(7 * i)).ToString(), 20 + i, 15 + i % 3))
            .ToList();

        var chart = Chart(points);

        var demand = Assert.Single(Lines(chart, "demand"));
        Assert.Equal(12, demand.Length);
        Assert.Equal(Left, demand[0]);
        Assert.Equal(Right, demand[^1]);
        Assert.Single(Lines(chart, "supply"));
        Assert.Equal(12, Dots(chart, "demand").Count);
        Assert.Equal(["W51", "W52", "W01", "W02", "W03", "W04", "W05", "W06", "W07", "W08", "W09", "W10"], WeekLabels(chart));
        Assert.Contains(">ISO-week 2025-W51 t/m 2026-W10</text>", chart, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_week_breaks_the_lines_and_leaves_its_place_empty()
    {
        var chart = Chart([Point("2026-W01", 30, 10), Point("2026-W02", 32, 12), Point("2026-W04", 36, 14), Point("2026-W05", 38, 15)]);

        var step = (Right - Left) / 4;
        Assert.Equal(new[] { new[] { Left, Left + step }, new[] { Left + 3 * step, Right } }, Lines(chart, "demand"));
        Assert.Equal(2, Lines(chart, "supply").Count);
        Assert.Equal([Left, Left + step, Left + 3 * step, Right], Dots(chart, "demand"));
        // The shaded gap between the lines stops at the missing week too: one band before it, one after.
        Assert.Equal(2, Regex.Matches(chart, "<polygon class=\"gap short\"").Count);
        Assert.Equal(["W01", "W02", "W04", "W05"], WeekLabels(chart));
    }

    [Fact]
    public void A_week_alone_between_gaps_is_still_a_dot()
    {
        var chart = Chart([Point("2026-W01", 30, 10), Point("2026-W03", 32, 12), Point("2026-W05", 36, 14)]);

        Assert.Empty(Lines(chart, "demand"));
        Assert.Equal([Left, (Left + Right) / 2, Right], Dots(chart, "demand"));
    }

    [Fact]
    public void Weeks_out_of_order_are_spaced_evenly_in_the_order_given()
    {
        var chart = Chart([Point("2026-W05", 30, 10), Point("2026-W02", 32, 12), Point("2026-W04", 36, 14)]);

        var demand = Assert.Single(Lines(chart, "demand"));
        Assert.Equal([Left, (Left + Right) / 2, Right], demand);
    }

    private static TrendPoint Point(string week, int demand, int supply) => new(IsoWeek.Parse(week), demand, supply, demand - supply);

    private static string Chart(IReadOnlyList<TrendPoint> points)
    {
        var cell = SampleReports.Cell("Zorg", "Twente", 40, 10, flagged: true);
        var html = ShortfallReportHtml.Render(SampleReports.WithCells(cell) with { Trends = [new SectorTrend("HAN", "Zorg", points)] });
        var start = html.IndexOf("id=\"trend-0\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</svg>", start, StringComparison.Ordinal)];
    }

    /// <summary>Each polyline of a series, as the x of its points.</summary>
    private static List<double[]> Lines(string chart, string kind) =>
    [
        .. Regex.Matches(chart, $"<polyline class=\"line {kind}\" points=\"([^\"]*)\"")
            .Select(match => match.Groups[1].Value.Split(' ').Select(point => X(point.Split(',')[0])).ToArray()),
    ];

    private static List<double> Dots(string chart, string kind) =>
        [.. Regex.Matches(chart, $"<circle class=\"{kind}\" cx=\"([^\"]*)\"").Select(match => X(match.Groups[1].Value))];

    private static List<string> WeekLabels(string chart) =>
        [.. Regex.Matches(chart, "<text class=\"axis\"[^>]*text-anchor=\"middle\">(W\\d\\d)</text>").Select(match => match.Groups[1].Value)];

    // The chart rounds coordinates to two decimals.
    private static double X(string text) => Math.Round(double.Parse(text, CultureInfo.InvariantCulture), 2);
}
