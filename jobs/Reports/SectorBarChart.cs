using System.Globalization;
using System.Text;

namespace Matching.Jobs.Reports;

/// <summary>
/// The horizontal bar chart of shortfall per sector, as inline SVG. Each row has the sector's name above its bar so that
/// long Dutch sector names fit on a phone; bars grow right from zero for a shortfall and left for a surplus.
/// </summary>
internal static class SectorBarChart
{
    public const string Id = "shortfall-by-sector";

    private const double Width = 400;
    private const double Side = 12;
    private const double ValueRoom = 60;
    private const double Top = 6;
    private const double RowHeight = 48;
    private const double BarOffset = 23;
    private const double BarHeight = 16;
    private const double EmptyHeight = 96;

    // The advance width of a wide sans-serif (DejaVu Sans Bold) at the label's size, to shorten a name before it leaves the chart.
    private const double LabelCharWidth = 8.2;

    public static void Render(StringBuilder html, IReadOnlyList<SectorTotal> sectors)
    {
        if (sectors.Count == 0)
        {
            Open(html, EmptyHeight);
            html.Append(ReportText.EmptyChart(Width, EmptyHeight, ShortfallReportHtml.NoCells)).Append("</svg>\n");
            return;
        }

        var height = Top + sectors.Count * RowHeight + 4;
        var low = Math.Min(0, sectors.Min(sector => sector.Shortfall));
        var high = Math.Max(0, sectors.Max(sector => sector.Shortfall));
        // Room for the value labels only on the sides where bars go, so that an all-shortfall chart uses the full width.
        var plotLeft = Side + (low < 0 ? ValueRoom : 0);
        var plotRight = Width - Side - (high > 0 || low == 0 ? ValueRoom : 0);
        var span = high - low == 0 ? 1d : high - low;
        double X(int value) => plotLeft + (value - low) / span * (plotRight - plotLeft);
        var zero = X(0);

        Open(html, height);
        for (var i = 0; i < sectors.Count; i++)
        {
            var sector = sectors[i];
            var y = Top + i * RowHeight;
            // The name gets the whole line: sector names are long, and the demand and supply behind the bar are in its tooltip and the tables.
            var name = Shorten(sector.SectorName, (int)((Width - 2 * Side) / LabelCharWidth));

            html.Append("<g class=\"bar-row\">");
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{Side}\" y=\"{Coordinate(y + 15)}\">{ReportText.Html(name)}</text>");

            var end = X(sector.Shortfall);
            var barY = y + BarOffset;
            if (sector.Shortfall != 0)
            {
                var color = sector.Shortfall > 0 ? ShortfallReportHtml.ShortfallColor : ShortfallReportHtml.SurplusColor;
                var kind = sector.Shortfall > 0 ? "short" : "surplus";
                html.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"bar {kind}\" x=\"{Coordinate(Math.Min(zero, end))}\" y=\"{Coordinate(barY)}\" width=\"{Coordinate(Math.Abs(end - zero))}\" height=\"{BarHeight}\" rx=\"2\" fill=\"{color}\">");
                html.Append(CultureInfo.InvariantCulture, $"<title>{ReportText.Html(sector.SectorName)}: {ReportText.Html(ShortfallReportHtml.Describe(sector.Shortfall))} (vraag {ReportText.Count(sector.Demand)}, aanbod {ReportText.Count(sector.Supply)})</title></rect>");
            }

            // The zero axis is drawn per bar, so that it never strikes through the sector name above.
            html.Append(CultureInfo.InvariantCulture,
                $"<line class=\"zero\" x1=\"{Coordinate(zero)}\" y1=\"{Coordinate(barY - 3)}\" x2=\"{Coordinate(zero)}\" y2=\"{Coordinate(barY + BarHeight + 3)}\" stroke=\"#868e96\" stroke-width=\"1\"/>");
            var (valueX, anchor) = sector.Shortfall < 0 ? (end - 6, "end") : (end + 6, "start");
            html.Append(CultureInfo.InvariantCulture,
                $"<text class=\"value {(sector.Shortfall < 0 ? "surplus" : sector.Shortfall > 0 ? "short" : "even")}\" x=\"{Coordinate(valueX)}\" y=\"{Coordinate(barY + 12.5)}\" text-anchor=\"{anchor}\">{ReportText.Signed(sector.Shortfall)}</text>");
            html.Append("</g>");
        }

        html.Append("</svg>\n");
    }

    private static void Open(StringBuilder html, double height)
    {
        html.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" id=\"{Id}\" viewBox=\"0 0 {Width} {Coordinate(height)}\" width=\"100%\" role=\"img\" aria-labelledby=\"{Id}-title\">");
        html.Append(CultureInfo.InvariantCulture, $"<title id=\"{Id}-title\">Tekort per sector, opgeteld over regio's en startmaanden</title>");
    }

    private static string Shorten(string text, int maxLength)
    {
        maxLength = Math.Max(maxLength, 8);
        return text.Length <= maxLength ? text : text[..(maxLength - 1)].TrimEnd() + "…";
    }

    private static string Coordinate(double value) => ReportText.Coordinate(value);
}
