using System.Globalization;
using System.Text;
using Matching.Jobs.Recruitment;

namespace Matching.Jobs.Reports;

/// <summary>
/// The report's "Leerbedrijven om te werven": for the knelpunten with the largest shortfall, in the report's order, the
/// first companies to recruit places from, with the students within their reach, their placements so far and why each
/// is listed, in Dutch.
/// </summary>
internal static class RecruitSection
{
    public static void Render(StringBuilder html, ShortfallReport report)
    {
        html.Append("<section id=\"recruit\">\n<h2>Leerbedrijven om te werven</h2>\n");
        var flagged = report.Cells.Count(cell => cell.Flagged);
        // The section stays without knelpunten, as the other sections do, so that a reader sees it was looked at.
        if (flagged == 0)
        {
            var message = report.Cells.Count == 0 ? ShortfallReportHtml.NoCells : "Deze week geen knelpunten, dus geen leerbedrijven om te werven.";
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"empty\">{message}</p>\n</section>\n");
            return;
        }

        var which = flagged > report.Recruits.Count
            ? $"Voor de {ReportText.Count(report.Recruits.Count)} knelpunten met het grootste tekort"
            : "Per knelpunt";
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{which} de erkende leerbedrijven in of bij de regio die voor een crebo met tekort, in die startmaand en ");
        html.Append("op die leerweg, geen open vacature met een vrije plaats hebben, of minder dan in de twaalf maanden ervoor. Eerst wie de meeste ");
        html.Append("zoekende studenten binnen hun eigen reisafstand heeft, dan wie de meeste studenten heeft geplaatst. ");
        html.Append(CultureInfo.InvariantCulture, $"De eerste {ShortfallReportBuilder.RecruitsPerCell} per knelpunt; de API geeft de hele lijst.</p>\n");
        var cells = report.Cells.ToDictionary(cell => cell.Id, StringComparer.Ordinal);
        foreach (var companies in report.Recruits)
        {
            var title = cells.TryGetValue(companies.CellId, out var cell)
                ? $"{ReportText.Html(cell.SectorName)} · {ReportText.Html(cell.RegionName)} · {ReportText.Month(cell.StartMonth)}"
                : ReportText.Html(companies.CellId);
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"recruit-cell\" data-cell=\"{ReportText.Html(companies.CellId)}\"><h3>{title}");
            if (companies.Total == 0)
            {
                html.Append("</h3>\n");
                var why = companies.Students > 0
                    ? "Geen erkend leerbedrijf in of bij de regio dat voor een crebo met tekort nog ruimte heeft."
                    : "Geen zoekende student met een crebo met tekort meer, dus geen leerbedrijf om te werven.";
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"empty\">{why}</p></div>\n");
                continue;
            }
            html.Append(CultureInfo.InvariantCulture, $" <span class=\"count\">{ReportText.Counted(companies.Total, "leerbedrijf", "leerbedrijven")}</span></h3>\n");
            html.Append(CultureInfo.InvariantCulture,
                $"<p class=\"note\">{ReportText.Counted(companies.Students, "zoekende student", "zoekende studenten")} met een crebo met tekort.</p>\n");
            Table(html, companies.Companies);
            html.Append("</div>\n");
        }
        if (flagged > report.Recruits.Count)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<p class=\"note\">De leerbedrijven voor de andere {ReportText.Counted(flagged - report.Recruits.Count, "knelpunt", "knelpunten")} geeft de API per knelpunt.</p>\n");
        }
        html.Append("</section>\n");
    }

    private static void Table(StringBuilder html, IReadOnlyList<CompanyToRecruit> companies)
    {
        html.Append("<div class=\"scroll\"><table class=\"recruits\">\n<thead><tr><th>Leerbedrijf</th><th>Plaats</th>");
        html.Append("<th class=\"num\">Binnen bereik</th><th class=\"num\">Geplaatst</th><th>Waarom</th></tr></thead>\n<tbody>\n");
        foreach (var company in companies)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr data-kvk=\"{ReportText.Html(company.Kvk)}\"><td class=\"name\">{ReportText.Html(company.Name)}<br><span class=\"muted\">KvK {ReportText.Html(company.Kvk)}</span></td>");
            html.Append(CultureInfo.InvariantCulture,
                $"<td class=\"place\">{ReportText.Html(company.Place)}</td><td class=\"num reach\" data-label=\"Binnen bereik\">{ReportText.Count(company.StudentsWithinReach)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num placed\" data-label=\"Geplaatst\">{ReportText.Count(company.Placements)}</td>");
            html.Append("<td class=\"why\"><ul>");
            foreach (var group in RecruitReason.Groups(company.Accreditations))
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{Reason(group.Crebos, group.OpenOffers, group.OffersBefore)}</li>");
            }
            if (company.StudentsWithinReach == 0)
            {
                html.Append("<li class=\"muted\">in de regio, maar geen zoekende student woont binnen bereik</li>");
            }
            html.Append("</ul></td></tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n");
    }

    /// <summary>"erkend voor 25656 BOL/BBL en 25655 BOL, geen open vacature; 2 in de twaalf maanden ervoor".</summary>
    private static string Reason(IReadOnlyList<(int Crebo, string Paths)> crebos, int openOffers, int offersBefore)
    {
        var which = RecruitReason.List(
            crebos.Select(c => $"<span class=\"crebo\">{c.Crebo.ToString(CultureInfo.InvariantCulture)}</span> {ReportText.Html(c.Paths)}"), "en");
        var open = openOffers == 0 ? "geen open vacature" : ReportText.Counted(openOffers, "open vacature", "open vacatures");
        var before = offersBefore == 0 ? "" : $"; {ReportText.Count(offersBefore)} in de twaalf maanden ervoor";
        return $"erkend voor {which}, {open}{before}";
    }
}
