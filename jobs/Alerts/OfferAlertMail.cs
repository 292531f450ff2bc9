using System.Globalization;
using System.Text;
using Matching.Jobs.Reports;
using MimeKit;

namespace Matching.Jobs.Alerts;

/// <summary>
/// A batch of alerts as an e-mail to the school, in Dutch as the reports are: a table of the students (by the school's
/// own reference) and their new offers, as HTML with a plain-text alternative, and the JSON of the webhook attached.
/// </summary>
public static class OfferAlertMail
{
    // "Nieuwe passende plaatsen: 3 meldingen voor 2 studenten".
    public static string Subject(OfferAlertBatch batch) =>
        $"Nieuwe passende plaatsen: {ReportText.Counted(batch.Alerts.Count, "melding", "meldingen")} voor "
        + ReportText.Counted(batch.Alerts.Select(a => a.StudentId).Distinct().Count(), "student", "studenten");

    public static MimeEntity Body(OfferAlertBatch batch, byte[] json)
    {
        var text = new TextPart(MimeKit.Text.TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.Base64 };
        text.SetText(Encoding.UTF8, Text(batch));
        var html = new TextPart(MimeKit.Text.TextFormat.Html) { ContentTransferEncoding = ContentEncoding.Base64 };
        html.SetText(Encoding.UTF8, Html(batch));
        var attachment = new MimePart("application", "json")
        {
            Content = new MimeContent(new MemoryStream(json)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = $"offer-alerts-{batch.BatchId}.json",
        };
        return new Multipart("mixed") { new MultipartAlternative { text, html }, attachment };
    }

    public static string Text(OfferAlertBatch batch)
    {
        var text = new StringBuilder();
        text.Append("Voor deze studenten van ").Append(batch.SchoolBrin).Append(" is een passende plaats vrijgekomen, bij hun tien beste matches:\n\n");
        foreach (var alert in batch.Alerts)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {alert.ExternalRef}: {alert.Offer.Title} ({alert.Offer.CompanyName}), ")
                .Append(CultureInfo.InvariantCulture, $"nr. {alert.Rank}, {Km(alert.DistanceKm)} km, vanaf {ReportText.Date(alert.Offer.StartDate)}, ")
                .Append(ReportText.Counted(alert.Offer.FreePlaces, "vrije plaats", "vrije plaatsen")).Append('\n');
        }
        return text.ToString();
    }

    public static string Html(OfferAlertBatch batch)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
            .Append(ReportText.Html(Subject(batch))).Append("</title></head><body style=\"font-family:sans-serif\">")
            .Append("<p>Voor deze studenten van ").Append(ReportText.Html(batch.SchoolBrin))
            .Append(" is een passende plaats vrijgekomen, bij hun tien beste matches:</p>")
            .Append("<table cellpadding=\"4\"><thead><tr><th align=\"left\">Student</th><th align=\"left\">Plaats</th><th align=\"left\">Leerbedrijf</th>")
            .Append("<th>Nr.</th><th>Afstand</th><th>Start</th><th>Vrij</th></tr></thead><tbody>");
        foreach (var alert in batch.Alerts)
        {
            html.Append("<tr><td>").Append(ReportText.Html(alert.ExternalRef))
                .Append("</td><td>").Append(ReportText.Html(alert.Offer.Title))
                .Append("</td><td>").Append(ReportText.Html(alert.Offer.CompanyName))
                .Append(CultureInfo.InvariantCulture, $"</td><td align=\"right\">{alert.Rank}</td><td align=\"right\">{Km(alert.DistanceKm)} km</td><td>")
                .Append(ReportText.Html(ReportText.Date(alert.Offer.StartDate)))
                .Append(CultureInfo.InvariantCulture, $"</td><td align=\"right\">{alert.Offer.FreePlaces}</td></tr>");
        }
        return html.Append("</tbody></table></body></html>").ToString();
    }

    // One decimal with a comma, the Dutch way: "2,8".
    private static string Km(double value) => value.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
}
