using System.Globalization;
using System.Text;

namespace Matching.Jobs.Reports;

/// <summary>
/// Renders a week's shortfall report as one self-contained HTML page: inline CSS and SVG and nothing fetched, because it is
/// mailed and opened offline, often on a phone. Every text from the data is HTML-encoded, and the output depends only on
/// the report, so a re-sent report is byte-for-byte the same.
/// </summary>
public static class ShortfallReportHtml
{
    public const string ShortfallColor = "#e03131";
    public const string SurplusColor = "#2f9e44";
    public const string DemandColor = "#e8590c";
    public const string SupplyColor = "#1c7ed6";

    // A flagged cell lists its worst crebos; the rest are counted, as a long list would push the next cell off screen.
    private const int TopCrebos = 3;

    public static string Render(ShortfallReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(16 * 1024);
        var week = ReportText.Html(report.IsoWeek);

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>Shortfall report {week}</title>\n<style>{ShortfallReportStyle.Css}</style>\n</head>\n<body>\n");
        Header(html, report);
        html.Append("<main class=\"wrap\">\n");
        Figures(html, report.Cells);
        Flagged(html, report.Cells);
        BySector(html, report.Cells);
        Trends(html, report.Trends);
        AllCells(html, report.Cells);
        html.Append("</main>\n");
        html.Append("<footer class=\"wrap\"><p><strong>Demand</strong> counts students seeking a BPV-place (stage or leerbaan) that starts in the month; ");
        html.Append("<strong>supply</strong> counts the free places of open offers at erkende leerbedrijven; <strong>shortfall</strong> is demand minus supply, ");
        html.Append("and a negative shortfall is a surplus. A cell is <em>flagged</em> when its shortfall passes the threshold.</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Week {week}, computed {ReportText.Html(Timestamp(report.ComputedAt))}.</p></footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    internal static string Describe(int shortfall) => shortfall switch
    {
        > 0 => $"{ReportText.Count(shortfall)} places short",
        < 0 => $"{ReportText.Count(-shortfall)} places to spare",
        _ => "demand and supply balance",
    };

    private static void Header(StringBuilder html, ShortfallReport report)
    {
        var week = ReportText.Html(report.IsoWeek);
        var monday = IsoWeek.TryParse(report.IsoWeek, out var parsed)
            ? $" <span class=\"since\">from Monday {IsoWeek.Monday(parsed).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}</span>"
            : "";
        html.Append("<header class=\"top\"><div class=\"wrap\">\n");
        html.Append("<p class=\"eyebrow\">Tekort aan BPV-plaatsen · weekly shortfall report</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Shortfall report, week {week}{monday}</h1>\n<dl class=\"meta\">\n");
        // Names where the cells give them; a code that no cell names stays a code.
        var regionNames = report.Cells.Select(c => (c.RegionCode, c.RegionName)).Distinct().ToDictionary();
        var sectorNames = report.Cells.Select(c => (c.SectorCode, c.SectorName)).Distinct().ToDictionary();
        Meta(html, "Arbeidsmarktregio's", report.Regions.Count == 0 ? "All regions" : string.Join(", ", report.Regions.Select(r => regionNames.GetValueOrDefault(r, r))));
        Meta(html, "Sectors", report.Sectors.Count == 0 ? "All sectors" : string.Join(", ", report.Sectors.Select(s => sectorNames.GetValueOrDefault(s, s))));
        html.Append(CultureInfo.InvariantCulture,
            $"<div><dt>Computed</dt><dd><time datetime=\"{report.ComputedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)}\">{ReportText.Html(Timestamp(report.ComputedAt))}</time></dd></div>\n");
        html.Append("</dl>\n</div></header>\n");
    }

    private static void Meta(StringBuilder html, string term, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<div><dt>{ReportText.Html(term)}</dt><dd>{ReportText.Html(value)}</dd></div>\n");

    private static void Figures(StringBuilder html, IReadOnlyList<ShortfallCell> cells)
    {
        var demand = cells.Sum(cell => cell.Demand);
        var supply = cells.Sum(cell => cell.Supply);
        var shortfall = cells.Sum(cell => cell.Shortfall);
        var flagged = cells.Count(cell => cell.Flagged);

        html.Append("<section class=\"figures\" aria-label=\"Headline figures\">\n");
        Figure(html, "demand", "Demand", ReportText.Count(demand), "seeking students");
        Figure(html, "supply", "Supply", ReportText.Count(supply), "free places (stage, leerbaan)");
        Figure(html, shortfall > 0 ? "short" : "surplus", "Shortfall", ReportText.Signed(shortfall), shortfall >= 0 ? "demand − supply" : "surplus: more places than students");
        Figure(html, flagged > 0 ? "short" : "surplus", "Flagged cells", ReportText.Count(flagged), $"of {ReportText.Count(cells.Count)} cells");
        html.Append("</section>\n");
    }

    private static void Figure(StringBuilder html, string kind, string label, string value, string note) =>
        html.Append(CultureInfo.InvariantCulture,
            $"<div class=\"figure figure-{kind}\"><div class=\"label\">{label}</div><div class=\"value\">{value}</div><div class=\"sub\">{ReportText.Html(note)}</div></div>\n");

    private static void Flagged(StringBuilder html, IReadOnlyList<ShortfallCell> cells)
    {
        var flagged = cells
            .Where(cell => cell.Flagged)
            .OrderByDescending(cell => cell.Shortfall)
            .ThenBy(cell => cell.SectorName, StringComparer.Ordinal)
            .ThenBy(cell => cell.RegionName, StringComparer.Ordinal)
            .ThenBy(cell => cell.StartMonth)
            .ToList();

        html.Append("<section id=\"flagged\">\n<h2>Flagged cells</h2>\n");
        if (flagged.Count == 0)
        {
            var message = cells.Count == 0 ? "No data: this report has no cells." : "No cell is flagged this week: the places cover the demand everywhere.";
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"empty\">{message}</p>\n</section>\n");
            return;
        }

        html.Append("<p class=\"note\">Where places fall short of demand, largest shortfall first, with the qualifications (crebo's) short most.</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"cells flagged\">\n<thead><tr><th>Sector</th><th>Region</th><th>Start</th>");
        html.Append("<th class=\"num\">Demand</th><th class=\"num\">Supply</th><th class=\"num\">Shortfall</th><th>Top crebo's</th></tr></thead>\n<tbody>\n");
        foreach (var cell in flagged)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td class=\"name sector\">{ReportText.Html(cell.SectorName)}</td><td class=\"name region\">{ReportText.Html(cell.RegionName)}</td><td class=\"month\">{ReportText.Month(cell.StartMonth)}</td>");
            Numbers(html, cell);
            html.Append("<td class=\"crebos\">");
            Crebos(html, cell.ByCrebo);
            html.Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void Crebos(StringBuilder html, IReadOnlyList<CreboShortfall> crebos)
    {
        // Only crebo's that are short themselves: one with places to spare does not explain the cell's shortfall.
        var shortCrebos = crebos.Where(crebo => crebo.Shortfall > 0).ToList();
        if (shortCrebos.Count == 0)
        {
            html.Append(crebos.Count == 0 ? "<span class=\"muted\">no breakdown</span>" : "<span class=\"muted\">no single crebo short</span>");
            return;
        }

        var worst = shortCrebos.OrderByDescending(crebo => crebo.Shortfall).ThenBy(crebo => crebo.Crebo).Take(TopCrebos);
        html.Append("<ul>");
        foreach (var crebo in worst)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<li><span class=\"crebo\">{crebo.Crebo.ToString(CultureInfo.InvariantCulture)}</span> {ReportText.Html(crebo.Name)} <span class=\"{Kind(crebo.Shortfall)}\">{ReportText.Signed(crebo.Shortfall)}</span></li>");
        }
        if (shortCrebos.Count > TopCrebos)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"muted\">and {shortCrebos.Count - TopCrebos} more</li>");
        }
        html.Append("</ul>");
    }

    private static void BySector(StringBuilder html, IReadOnlyList<ShortfallCell> cells)
    {
        html.Append("<section id=\"by-sector\">\n<h2>Shortfall per sector</h2>\n");
        html.Append("<p class=\"note\">Summed over the regions and start months in this report.</p>\n");
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"legend\"><span><i class=\"swatch\" style=\"background:{ShortfallColor}\"></i>shortfall: more students than places</span> <span><i class=\"swatch\" style=\"background:{SurplusColor}\"></i>surplus: places to spare</span></p>\n");
        var sectors = SectorTotal.Of(cells);
        html.Append("<div class=\"split\"><div>");
        SectorBarChart.Render(html, sectors);
        html.Append("</div>\n");
        if (sectors.Count > 0)
        {
            html.Append("<div class=\"scroll\"><table class=\"sectors\">\n<thead><tr><th>Sector</th><th class=\"num\">Demand</th><th class=\"num\">Supply</th>");
            html.Append("<th class=\"num\">Shortfall</th></tr></thead>\n<tbody>\n");
            foreach (var sector in sectors)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td class=\"name\">{ReportText.Html(sector.SectorName)}</td><td class=\"num\">{ReportText.Count(sector.Demand)}</td><td class=\"num\">{ReportText.Count(sector.Supply)}</td>");
                html.Append(CultureInfo.InvariantCulture,
                    $"<td class=\"num {Kind(sector.Shortfall)}\">{ReportText.Signed(sector.Shortfall)}</td></tr>\n");
            }
            html.Append("</tbody>\n</table></div>\n");
        }
        html.Append("</div>\n</section>\n");
    }

    private static void Trends(StringBuilder html, IReadOnlyList<SectorTrend> trends)
    {
        html.Append("<section id=\"trends\">\n<h2>Trend over 12 weeks</h2>\n");
        html.Append("<p class=\"note\">Per flagged sector, demand and supply at each week's computation; the shaded band is the gap.</p>\n<div class=\"trends\">\n");
        if (trends.Count == 0)
        {
            html.Append("<figure><figcaption>No flagged sector</figcaption>\n");
            TrendChart.Render(html, "trend-none", "No trend data", [], "No data: no sector is flagged this week.");
            html.Append("</figure>\n");
        }
        for (var i = 0; i < trends.Count; i++)
        {
            var trend = trends[i];
            html.Append(CultureInfo.InvariantCulture, $"<figure data-sector=\"{ReportText.Html(trend.SectorCode)}\"><figcaption><strong>{ReportText.Html(trend.SectorName)}</strong>");
            if (trend.Points.Count > 0)
            {
                var last = trend.Points[^1];
                html.Append(CultureInfo.InvariantCulture,
                    $"<br><span class=\"muted\">shortfall</span> <span class=\"{Kind(last.Shortfall)}\">{ReportText.Signed(last.Shortfall)}</span> <span class=\"muted\">in {ReportText.Html(ReportText.ShortWeek(last.IsoWeek))}");
                if (trend.Points.Count > 1)
                {
                    var change = last.Shortfall - trend.Points[0].Shortfall;
                    var direction = change > 0 ? "up" : change < 0 ? "down" : "unchanged";
                    html.Append(CultureInfo.InvariantCulture,
                        $", {direction}{(change == 0 ? "" : " " + ReportText.Count(Math.Abs(change)))} since {ReportText.Html(ReportText.ShortWeek(trend.Points[0].IsoWeek))}");
                }
                html.Append("</span>");
            }
            html.Append("</figcaption>\n");
            TrendChart.Render(html, $"trend-{i}", $"{trend.SectorName}: demand and supply per week", trend.Points, "No data: no weeks computed yet for this sector.");
            html.Append("</figure>\n");
        }
        html.Append("</div>\n</section>\n");
    }

    private static void AllCells(StringBuilder html, IReadOnlyList<ShortfallCell> cells)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"all-cells\">\n<h2>All cells <span class=\"count\">{ReportText.Count(cells.Count)}</span></h2>\n");
        if (cells.Count == 0)
        {
            html.Append("<p class=\"empty\">No data: this report has no cells.</p>\n</section>\n");
            return;
        }

        html.Append("<p class=\"note\">Every sector × arbeidsmarktregio × start month, flagged cells highlighted.</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"cells all\">\n<thead><tr><th>Sector</th><th>Region</th><th>Start</th>");
        html.Append("<th class=\"num\">Demand</th><th class=\"num\">Supply</th><th class=\"num\">Shortfall</th><th>Flag</th></tr></thead>\n<tbody>\n");
        var ordered = cells
            .OrderBy(cell => cell.SectorName, StringComparer.Ordinal)
            .ThenBy(cell => cell.RegionName, StringComparer.Ordinal)
            .ThenBy(cell => cell.StartMonth);
        foreach (var cell in ordered)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr{(cell.Flagged ? " class=\"flagged\"" : "")}><td class=\"name sector\">{ReportText.Html(cell.SectorName)}</td><td class=\"name region\">{ReportText.Html(cell.RegionName)}</td><td class=\"month\">{ReportText.Month(cell.StartMonth)}</td>");
            Numbers(html, cell);
            html.Append(cell.Flagged ? "<td><span class=\"badge\">flagged</span></td></tr>\n" : "<td></td></tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void Numbers(StringBuilder html, ShortfallCell cell) =>
        html.Append(CultureInfo.InvariantCulture,
            $"<td class=\"num demand\" data-label=\"Demand\">{ReportText.Count(cell.Demand)}</td><td class=\"num supply\" data-label=\"Supply\">{ReportText.Count(cell.Supply)}</td><td class=\"num shortfall {Kind(cell.Shortfall)}\">{ReportText.Signed(cell.Shortfall)}</td>");

    private static string Kind(int shortfall) => shortfall > 0 ? "short" : shortfall < 0 ? "surplus" : "even";

    private static string Timestamp(DateTimeOffset at) =>
        at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + (at.Offset == TimeSpan.Zero ? " UTC" : " UTC" + at.ToString("zzz", CultureInfo.InvariantCulture));
}
