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

    internal const string NoCells = "Geen gegevens: dit rapport heeft geen cellen.";

    // A flagged cell lists its worst crebos; the rest are counted, as a long list would push the next cell off screen.
    private const int TopCrebos = 3;

    public static string Render(ShortfallReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(16 * 1024);
        var week = report.IsoWeek;
        var headline = ReportHeadline.Of(report.Cells);

        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>Tekortrapport {week}</title>\n<style>{ShortfallReportStyle.Css}</style>\n</head>\n<body>\n");
        Header(html, report, headline);
        html.Append("<main class=\"wrap\">\n");
        Figures(html, headline);
        Flagged(html, report.Cells);
        BySector(html, report.Cells);
        Trends(html, report.Trends);
        Rounds(html, report);
        // After the overview: five companies per knelpunt make a long list, which would push the charts off a phone's screen.
        RecruitSection.Render(html, report);
        AllCells(html, report.Cells);
        html.Append("</main>\n");
        html.Append("<footer class=\"wrap\"><p><strong>Vraag</strong> telt de studenten die een BPV-plaats (stage of leerbaan) zoeken die in de maand begint; ");
        html.Append("<strong>aanbod</strong> telt de vrije plaatsen van open vacatures bij erkende leerbedrijven; <strong>tekort</strong> is vraag min aanbod, ");
        html.Append("en een negatief tekort is een overschot. Een cel (sector × regio × startmaand) is een <em>knelpunt</em> wanneer haar tekort de drempel haalt. ");
        html.Append("Het tekort bovenaan telt alleen de cellen met meer vraag dan aanbod; de plaatsen over in andere cellen staan apart en worden er niet mee verrekend.</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Week {week}, berekend op {ReportText.Html(ReportText.Timestamp(report.ComputedAt))}.</p></footer>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    internal static string Describe(int shortfall) => shortfall switch
    {
        > 0 => $"{ReportText.Counted(shortfall, "plaats", "plaatsen")} tekort",
        < 0 => $"{ReportText.Counted(-shortfall, "plaats", "plaatsen")} over",
        _ => "vraag en aanbod in evenwicht",
    };

    private static void Header(StringBuilder html, ShortfallReport report, ReportHeadline headline)
    {
        var week = report.IsoWeek;
        var monday = $" <span class=\"since\">vanaf {ReportText.DayAndDate(week.Monday)}</span>";
        html.Append("<header class=\"top\"><div class=\"wrap\">\n");
        html.Append("<p class=\"eyebrow\">Tekort aan BPV-plaatsen · weekrapport</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Tekortrapport week {week}{monday}</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"headline\">{ReportText.Html(headline.Sentence())}</p>\n<dl class=\"meta\">\n");
        // Names where the cells give them; a code that no cell names stays a code.
        var regionNames = report.Cells.Select(c => (c.RegionCode, c.RegionName)).Distinct().ToDictionary();
        var sectorNames = report.Cells.Select(c => (c.SectorCode, c.SectorName)).Distinct().ToDictionary();
        Meta(html, "Arbeidsmarktregio's", report.Regions.Count == 0 ? "Alle regio's" : string.Join(", ", report.Regions.Select(r => regionNames.GetValueOrDefault(r, r))));
        Meta(html, "Sectoren", report.Sectors.Count == 0 ? "Alle sectoren" : string.Join(", ", report.Sectors.Select(s => sectorNames.GetValueOrDefault(s, s))));
        html.Append(CultureInfo.InvariantCulture,
            $"<div><dt>Berekend</dt><dd><time datetime=\"{report.ComputedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)}\">{ReportText.Html(ReportText.Timestamp(report.ComputedAt))}</time></dd></div>\n");
        html.Append("</dl>\n</div></header>\n");
    }

    private static void Meta(StringBuilder html, string term, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<div><dt>{ReportText.Html(term)}</dt><dd>{ReportText.Html(value)}</dd></div>\n");

    private static void Figures(StringBuilder html, ReportHeadline headline)
    {
        html.Append("<section class=\"figures\" aria-label=\"Kerncijfers\">\n");
        Figure(html, headline.ShortPlaces > 0 ? "short lead" : "even lead", "Tekort", ReportText.Count(headline.ShortPlaces),
            $"plaatsen in {ReportText.Counted(headline.ShortCells, "cel", "cellen")} met meer vraag dan aanbod");
        Figure(html, headline.Flagged > 0 ? "short" : "surplus", "Knelpunten", ReportText.Count(headline.Flagged),
            $"van {ReportText.Counted(headline.Cells, "cel", "cellen")}");
        Figure(html, "surplus", "Elders over", ReportText.Count(headline.SurplusPlaces),
            $"plaatsen in {ReportText.Counted(headline.SurplusCells, "cel", "cellen")} met meer aanbod dan vraag");
        Figure(html, "demand", "Vraag", ReportText.Count(headline.Demand), "zoekende studenten");
        Figure(html, "supply", "Aanbod", ReportText.Count(headline.Supply), "vrije plaatsen (stage, leerbaan)");
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

        html.Append("<section id=\"flagged\">\n<h2>Knelpunten</h2>\n");
        if (flagged.Count == 0)
        {
            var message = cells.Count == 0 ? NoCells : "Deze week geen knelpunten: geen cel haalt de drempel voor een tekort.";
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"empty\">{message}</p>\n</section>\n");
            return;
        }

        html.Append("<p class=\"note\">Waar de plaatsen tekortschieten, grootste tekort eerst, met de kwalificaties (crebo's) die het meest tekortkomen.</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"cells flagged\">\n<thead>");
        CellHeader(html, "Crebo's met tekort");
        html.Append("</thead>\n<tbody>\n");
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
            html.Append(crebos.Count == 0 ? "<span class=\"muted\">geen uitsplitsing</span>" : "<span class=\"muted\">geen crebo met een eigen tekort</span>");
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
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"muted\">en nog {shortCrebos.Count - TopCrebos}</li>");
        }
        html.Append("</ul>");
    }

    private static void BySector(StringBuilder html, IReadOnlyList<ShortfallCell> cells)
    {
        html.Append("<section id=\"by-sector\">\n<h2>Tekort per sector</h2>\n");
        html.Append("<p class=\"note\">Opgeteld over de regio's en startmaanden in dit rapport: hier valt een overschot in de ene cel weg tegen een tekort in een andere.</p>\n");
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"legend\"><span><i class=\"swatch\" style=\"background:{ShortfallColor}\"></i>tekort: meer studenten dan plaatsen</span> <span><i class=\"swatch\" style=\"background:{SurplusColor}\"></i>overschot: plaatsen over</span></p>\n");
        var sectors = SectorTotal.Of(cells);
        html.Append("<div class=\"split\"><div>");
        SectorBarChart.Render(html, sectors);
        html.Append("</div>\n");
        if (sectors.Count > 0)
        {
            html.Append("<div class=\"scroll\"><table class=\"sectors\">\n<thead><tr><th>Sector</th><th class=\"num\">Vraag</th><th class=\"num\">Aanbod</th>");
            html.Append("<th class=\"num\">Tekort</th></tr></thead>\n<tbody>\n");
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
        html.Append("<section id=\"trends\">\n<h2>Verloop over 12 weken</h2>\n");
        html.Append("<p class=\"note\">Per sector met een knelpunt: vraag en aanbod zoals elke week berekend; de gekleurde band is het verschil. ");
        html.Append("Een week zonder berekening onderbreekt de lijnen.</p>\n<div class=\"trends\">\n");
        if (trends.Count == 0)
        {
            html.Append("<figure><figcaption>Geen sector met een knelpunt</figcaption>\n");
            TrendChart.Render(html, "trend-none", "Geen verloop", [], "Geen gegevens: deze week heeft geen sector een knelpunt.");
            html.Append("</figure>\n");
        }
        for (var i = 0; i < trends.Count; i++)
        {
            var trend = trends[i];
            html.Append(CultureInfo.InvariantCulture, $"<figure data-sector=\"{ReportText.Html(trend.SectorCode)}\"><figcaption><strong>{ReportText.Html(trend.SectorName)}</strong>");
            if (trend.Points.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<br>{Balance(trend.Points[^1].Shortfall)} <span class=\"muted\">in {ReportText.Html(ReportText.ShortWeek(trend.Points[^1].IsoWeek))}");
                if (trend.Points.Count > 1)
                {
                    html.Append(CultureInfo.InvariantCulture,
                        $"; was</span> {Balance(trend.Points[0].Shortfall)} <span class=\"muted\">in {ReportText.Html(ReportText.ShortWeek(trend.Points[0].IsoWeek))}");
                }
                html.Append("</span>");
            }
            html.Append("</figcaption>\n");
            TrendChart.Render(html, $"trend-{i}", $"{trend.SectorName}: vraag en aanbod per week", trend.Points, "Geen gegevens: voor deze sector is nog geen week berekend.");
            html.Append("</figure>\n");
        }
        html.Append("</div>\n</section>\n");
    }

    private static void Rounds(StringBuilder html, ShortfallReport report)
    {
        var weeks = $"week {report.IsoWeek.AddWeeks(-ReportRounds.EarlierWeeks)} t/m {report.IsoWeek} (de week van dit rapport en de drie weken ervoor)";
        html.Append("<section id=\"rounds\">\n<h2>Plaatsingsrondes</h2>\n");
        // The section stays when no round ran, as the other sections do: a coordinator then reads that those weeks were
        // looked at, where a missing section would leave open whether the report covers rounds at all.
        if (report.Rounds.Count == 0)
        {
            var where = report.Regions.Count == 0 ? "" : " in de regio's van dit rapport";
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"empty\">In {ReportText.Html(weeks)} is{where} geen plaatsingsronde uitgevoerd of bevestigd.</p>\n</section>\n");
            return;
        }

        var which = report.Regions.Count == 0 ? "Rondes" : "Rondes met ten minste één regio van dit rapport";
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"note\">{which} die in {ReportText.Html(weeks)} zijn uitgevoerd of bevestigd, de laatste eerst; verworpen rondes staan er niet in.");
        // A round's figures are not split by region or sector, so a reader must not take them for the report's own.
        var outside = (report.Regions.Count > 0, report.Sectors.Count > 0) switch
        {
            (true, true) => "de regio's en sectoren",
            (true, false) => "de regio's",
            (false, true) => "de sectoren",
            _ => null,
        };
        if (outside is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $" De cijfers gelden voor de hele ronde, ook buiten {outside} van dit rapport.");
        }
        html.Append("</p>\n<p class=\"note\"><strong>Eén voor één</strong>: zoveel studenten zou een eenvoudige verdeling hebben geplaatst, waarin elke student ");
        html.Append("op volgorde van inschrijving de beste plaats neemt die nog vrij is. <strong>Blokkerende paren</strong>: een student en een vacature ");
        html.Append("die elkaar liever hadden gehad dan wat ze kregen; 0, tenzij de ronde de overgebleven plaatsen heeft opgevuld.</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"rounds\">\n<thead><tr><th>Ronde</th><th>Regio's</th><th>Startperiode</th><th>Status</th>");
        html.Append("<th class=\"num\">Studenten</th><th class=\"num\">Geplaatst</th><th class=\"num\">Eén voor één</th><th class=\"num\">Plaatsen over</th>");
        html.Append("<th class=\"num\">Blokkerende paren</th></tr></thead>\n<tbody>\n");
        foreach (var round in report.Rounds)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr data-round=\"{round.Id}\"><td class=\"name\">{ReportText.Html(round.Name)}</td><td class=\"regions\">{ReportText.Html(string.Join(", ", round.RegionNames))}</td>");
            html.Append(CultureInfo.InvariantCulture,
                $"<td class=\"period\">{ReportText.Html(ReportText.Period(round.StartFrom, round.StartUntil))}</td><td>{RoundStatus(round.Status)}</td>");
            html.Append(CultureInfo.InvariantCulture,
                $"<td class=\"num\">{ReportText.Count(round.Students)}</td><td class=\"num\">{ReportText.Count(round.Placed)}</td><td class=\"num\">{ReportText.Count(round.GreedyPlaced)}</td>");
            html.Append(CultureInfo.InvariantCulture,
                $"<td class=\"num\">{ReportText.Count(round.PlacesLeft)}</td><td class=\"num\">{ReportText.Count(round.BlockingPairs)}</td></tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static string RoundStatus(string status) => status switch
    {
        "proposed" => "<span class=\"status proposed\">voorgesteld</span>",
        "confirmed" => "<span class=\"status confirmed\">bevestigd</span>",
        _ => $"<span class=\"status\">{ReportText.Html(status)}</span>",
    };

    private static void AllCells(StringBuilder html, IReadOnlyList<ShortfallCell> cells)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"all-cells\">\n<h2>Alle cellen <span class=\"count\">{ReportText.Count(cells.Count)}</span></h2>\n");
        if (cells.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"empty\">{NoCells}</p>\n</section>\n");
            return;
        }

        html.Append("<p class=\"note\">Elke sector × arbeidsmarktregio × startmaand, de knelpunten gemarkeerd.</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"cells all\">\n<thead>");
        CellHeader(html, "Knelpunt");
        html.Append("</thead>\n<tbody>\n");
        var ordered = cells
            .OrderBy(cell => cell.SectorName, StringComparer.Ordinal)
            .ThenBy(cell => cell.RegionName, StringComparer.Ordinal)
            .ThenBy(cell => cell.StartMonth);
        foreach (var cell in ordered)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr{(cell.Flagged ? " class=\"flagged\"" : "")}><td class=\"name sector\">{ReportText.Html(cell.SectorName)}</td><td class=\"name region\">{ReportText.Html(cell.RegionName)}</td><td class=\"month\">{ReportText.Month(cell.StartMonth)}</td>");
            Numbers(html, cell);
            html.Append(cell.Flagged ? "<td><span class=\"badge\">knelpunt</span></td></tr>\n" : "<td></td></tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void CellHeader(StringBuilder html, string last) =>
        html.Append(CultureInfo.InvariantCulture,
            $"<tr><th>Sector</th><th>Regio</th><th>Start</th><th class=\"num\">Vraag</th><th class=\"num\">Aanbod</th><th class=\"num\">Tekort</th><th>{last}</th></tr>");

    private static void Numbers(StringBuilder html, ShortfallCell cell) =>
        html.Append(CultureInfo.InvariantCulture,
            $"<td class=\"num demand\" data-label=\"Vraag\">{ReportText.Count(cell.Demand)}</td><td class=\"num supply\" data-label=\"Aanbod\">{ReportText.Count(cell.Supply)}</td><td class=\"num shortfall {Kind(cell.Shortfall)}\">{ReportText.Signed(cell.Shortfall)}</td>");

    private static string Kind(int shortfall) => shortfall > 0 ? "short" : shortfall < 0 ? "surplus" : "even";

    /// <summary>"tekort +148", "overschot 5" or "in evenwicht", coloured by its kind.</summary>
    private static string Balance(int shortfall) => shortfall switch
    {
        > 0 => $"<span class=\"muted\">tekort</span> <span class=\"short\">{ReportText.Signed(shortfall)}</span>",
        < 0 => $"<span class=\"muted\">overschot</span> <span class=\"surplus\">{ReportText.Count(-shortfall)}</span>",
        _ => "<span class=\"muted\">in evenwicht</span>",
    };
}
