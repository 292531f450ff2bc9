using System.Globalization;
using System.Text;

namespace Matching.Jobs.Reports;

/// <summary>
/// Renders a week's shortfall report as RFC 4180 CSV: a header row, one row per cell in the report's order, CRLF line ends.
/// Coordinators open it in a spreadsheet, so text from the data that a spreadsheet would run as a formula is defused.
/// It is the one table of cells and nothing else: the placement rounds, with other columns, are in the JSON and the
/// HTML, since a second table under the first would break a spreadsheet's import and a sum over its columns.
/// </summary>
public static class ShortfallReportCsv
{
    public const string Header = "iso_week,sector_code,sector_name,region_code,region_name,start_month,demand,supply,shortfall,flagged";

    public static string Render(ShortfallReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder(Header.Length + 2 + report.Cells.Count * 96);
        csv.Append(Header).Append("\r\n");
        foreach (var cell in report.Cells)
        {
            csv.Append(Field(report.IsoWeek.ToString())).Append(',')
                .Append(Field(cell.SectorCode)).Append(',')
                .Append(Field(cell.SectorName)).Append(',')
                .Append(Field(cell.RegionCode)).Append(',')
                .Append(Field(cell.RegionName)).Append(',')
                .Append(ReportText.IsoMonth(cell.StartMonth)).Append(',')
                .Append(cell.Demand.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(cell.Supply.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(cell.Shortfall.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(cell.Flagged ? "true" : "false")
                .Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>One text field: defused against formula injection, then quoted when it holds a comma, quote or line break.</summary>
    internal static string Field(string? value)
    {
        var text = value ?? "";
        // OWASP's list: a spreadsheet evaluates a cell that starts with = + - @ (or a tab or CR before one of them).
        // A leading apostrophe makes it text. Plain numbers are left alone so that "-3" still sorts and sums as a number.
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(text))
        {
            text = "'" + text;
        }
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static bool IsPlainNumber(string text)
    {
        var digits = text.AsSpan(text[0] is '+' or '-' ? 1 : 0);
        var dot = digits.IndexOf('.');
        var whole = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? "" : digits[(dot + 1)..];
        return whole.Length > 0 && IsDigits(whole) && (dot < 0 || (fraction.Length > 0 && IsDigits(fraction)));
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExcept("0123456789");
}
