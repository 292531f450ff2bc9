using System.Globalization;
using System.Net;

namespace Matching.Jobs.Reports;

/// <summary>Text and number formatting shared by the report renderers, culture-invariant so that output is byte-for-byte repeatable.</summary>
internal static class ReportText
{
    // U+2212 is the typographic minus: it lines up with digits in tables, unlike a hyphen.
    private const string Minus = "\u2212";

    public static string Html(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Count(int value) =>
        value < 0 ? Minus + (-(long)value).ToString("N0", CultureInfo.InvariantCulture) : value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A shortfall with an explicit sign: "+12" short, "−3" surplus, "0".</summary>
    public static string Signed(int value) => value > 0 ? "+" + Count(value) : Count(value);

    public static string Month(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoMonth(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>An SVG coordinate: at most two decimals, always a dot.</summary>
    public static string Coordinate(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// The body of a chart without data: a dashed frame and a message. The SVG keeps a size, so that the layout
    /// around it holds and a reader sees why the chart is empty.
    /// </summary>
    public static string EmptyChart(double width, double height, string message) =>
        $"<rect x=\"1\" y=\"1\" width=\"{Coordinate(width - 2)}\" height=\"{Coordinate(height - 2)}\" rx=\"8\" fill=\"none\" stroke=\"#ced4da\" stroke-dasharray=\"4 4\"/>" +
        $"<text class=\"empty\" x=\"{Coordinate(width / 2)}\" y=\"{Coordinate(height / 2 + 5)}\" text-anchor=\"middle\">{Html(message)}</text>";

    /// <summary>"2026-W09" becomes "W09": the year is in the axis title, and twelve full labels do not fit on a phone.</summary>
    public static string ShortWeek(string isoWeek)
    {
        var marker = isoWeek.IndexOf("-W", StringComparison.Ordinal);
        return marker >= 0 ? isoWeek[(marker + 1)..] : isoWeek;
    }
}
