using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Text;
using Matching.Jobs.Reports;
using Microsoft.Extensions.Options;

namespace Matching.Jobs.Delivery;

/// <summary>
/// Mails a report over SMTP (the "Smtp" section): the HTML page as the body, the CSV as an attachment.
/// A new SmtpClient per message, as SmtpClient is not thread-safe.
/// </summary>
public sealed class EmailSender(IOptions<SmtpOptions> options)
{
    public async Task SendAsync(Guid deliveryId, string address, ShortfallReport report, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host) || string.IsNullOrWhiteSpace(settings.From))
        {
            throw new DeliveryFailedException("E-mail is not configured on this node: set Smtp:Host and Smtp:From.");
        }
        using var message = new MailMessage(new MailAddress(settings.From, settings.FromName), new MailAddress(address))
        {
            Subject = Subject(report),
            SubjectEncoding = Encoding.UTF8,
            Body = ShortfallReportHtml.Render(report),
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = true,
        };
        // The same Message-ID on every attempt, so a mail client shows a copy that did arrive twice only once.
        message.Headers.Add("Message-ID", $"<{deliveryId}@matching.report>");
        message.Headers.Add(WebhookSender.DeliveryHeader, deliveryId.ToString());
        var csv = Attachment.CreateAttachmentFromString(ShortfallReportCsv.Render(report), $"shortfall-report-{report.IsoWeek}.csv", Encoding.UTF8, "text/csv");
        csv.ContentDisposition!.FileName = csv.Name;
        message.Attachments.Add(csv);
        using var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Credentials = string.IsNullOrEmpty(settings.UserName) ? null : new NetworkCredential(settings.UserName, settings.Password),
        };
        // SmtpClient.Timeout applies to Send only; the asynchronous send needs a token of its own.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            await client.SendMailAsync(message, timeout.Token);
        }
        catch (SmtpException exception)
        {
            throw new DeliveryFailedException($"The mail server refused the report: {exception.Message}", innerException: exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DeliveryFailedException(
                string.Create(CultureInfo.InvariantCulture, $"The mail server did not finish within {settings.TimeoutSeconds} s."), innerException: exception);
        }
    }

    private static string Subject(ShortfallReport report)
    {
        var flagged = report.Cells.Count(c => c.Flagged);
        return string.Create(CultureInfo.InvariantCulture,
            $"Shortfall report {report.IsoWeek}: {flagged} flagged {(flagged == 1 ? "cell" : "cells")}");
    }
}
