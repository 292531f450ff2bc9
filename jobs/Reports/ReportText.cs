using System.Globalization;
using System.Net;

namespace Matching.Jobs.Reports;

/// <summary>
/// Text and number formatting shared by the report renderers, in Dutch for the coordinators who read the report. The
/// service runs with invariant globalization (no nl-NL culture data), so month names and separators are spelled out
/// here, which also keeps the output byte-for-byte repeatable.
/// </summary>
internal static class ReportText
{
    // U+2212 is the typographic minus: it lines up with digits in tables, unlike a hyphen.
    private const string Minus = "\u2212";

    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    // The Taalunie's abbreviations, which table columns and phone cards have room for.
    private static readonly string[] ShortMonths = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."];

    private static readonly string[] Days = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    public static string Html(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A whole number the Dutch way: a full stop between thousands ("1.503"), a minus sign before a negative.</summary>
    public static string Count(int value)
    {
        var digits = Math.Abs((long)value).ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');
        return value < 0 ? Minus + digits : digits;
    }

    /// <summary>A shortfall with an explicit sign: "+12" short, "−3" surplus, "0".</summary>
    public static string Signed(int value) => value > 0 ? "+" + Count(value) : Count(value);

    /// <summary>"1 knelpunt", "9 knelpunten": a count with the singular or plural noun.</summary>
    public static string Counted(int value, string one, string many) => $"{Count(value)} {(value == 1 ? one : many)}";

    /// <summary>A start month: "sep. 2026".</summary>
    public static string Month(DateOnly month) => $"{ShortMonths[month.Month - 1]} {month.Year.ToString(CultureInfo.InvariantCulture)}";

    public static string IsoMonth(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"7 december 2026".</summary>
    public static string Date(DateOnly date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)} {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// A period of days, its month and year written once where both ends share them: "1 t/m 30 september 2027",
    /// "1 september t/m 31 oktober 2027", "1 december 2027 t/m 31 januari 2028".
    /// </summary>
    public static string Period(DateOnly from, DateOnly until)
    {
        if (from == until)
        {
            return Date(from);
        }
        if (from.Year != until.Year)
        {
            return $"{Date(from)} t/m {Date(until)}";
        }
        var day = from.Day.ToString(CultureInfo.InvariantCulture);
        return $"{(from.Month == until.Month ? day : $"{day} {Months[from.Month - 1]}")} t/m {Date(until)}";
    }

    /// <summary>"maandag 7 december 2026".</summary>
    public static string DayAndDate(DateOnly date) => $"{Days[(int)date.DayOfWeek]} {Date(date)}";

    /// <summary>"2 maart 2026, 06:00 UTC+01:00": the time at the offset it was recorded with, and that offset.</summary>
    public static string Timestamp(DateTimeOffset at) =>
        $"{Date(DateOnly.FromDateTime(at.DateTime))}, {at.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC" +
        (at.Offset == TimeSpan.Zero ? "" : at.ToString("zzz", CultureInfo.InvariantCulture));

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
    public static string ShortWeek(IsoWeek week) => string.Create(CultureInfo.InvariantCulture, $"W{week.Number:D2}");
}
