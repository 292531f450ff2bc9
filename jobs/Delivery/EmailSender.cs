using System.Globalization;
using System.Net.Sockets;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Matching.Jobs.Reports;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Matching.Jobs.Delivery;

/// <summary>
/// Mails a report over SMTP with MailKit (the "Smtp" section): the HTML page as the body, the CSV as an attachment; or
/// any other message a delivery carries (a school's offer alerts). A new SmtpClient per message, as SmtpClient is not
/// thread-safe.
/// </summary>
public sealed class EmailSender(IOptions<SmtpOptions> options)
{
    public Task SendAsync(Guid deliveryId, string address, ShortfallReport report, CancellationToken cancellationToken) =>
        SendAsync(deliveryId, address, Subject(report), Body(report), cancellationToken);

    /// <summary>Mails <paramref name="body"/> with <paramref name="subject"/>; the same Message-ID on every attempt of the delivery.</summary>
    public async Task SendAsync(Guid deliveryId, string address, string subject, MimeEntity body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host) || string.IsNullOrWhiteSpace(settings.From))
        {
            throw new DeliveryFailedException("E-mail is not configured on this node: set Smtp:Host and Smtp:From.");
        }
        using var message = Message(deliveryId, settings, address, subject, body);
        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        // Timeout bounds each read and write; the whole conversation needs a token of its own.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, SmtpSecurityChoice.For(settings), timeout.Token);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", timeout.Token);
            }
            await client.SendAsync(message, timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested
            || exception is TimeoutException || exception.InnerException is TimeoutException)
        {
            throw new DeliveryFailedException(
                string.Create(CultureInfo.InvariantCulture, $"The mail server did not finish within {settings.TimeoutSeconds} s."), innerException: exception);
        }
        catch (Exception exception) when (Describe(exception, settings) is { } error)
        {
            // The messages come from MailKit and the server; neither should repeat the password, but the error is stored and shown.
            var scrubbed = string.IsNullOrEmpty(settings.Password) ? error : error.Replace(settings.Password, "***", StringComparison.Ordinal);
            throw new DeliveryFailedException(scrubbed, innerException: exception);
        }
        finally
        {
            // QUIT, also after a refusal; a failed QUIT changes nothing, least of all a report the server already accepted.
            if (client.IsConnected && !timeout.IsCancellationRequested)
            {
                await QuitAsync(client, timeout.Token);
            }
        }
    }

    private static MimeMessage Message(Guid deliveryId, SmtpOptions settings, string address, string subject, MimeEntity body)
    {
        if (!MailboxAddress.TryParse(settings.From, out var from))
        {
            throw new DeliveryFailedException("Smtp:From is not an e-mail address.");
        }
        if (!MailboxAddress.TryParse(address, out var to))
        {
            throw new DeliveryFailedException($"'{address}' is not an e-mail address that can be sent to.");
        }
        from.Name = settings.FromName;
        var message = new MimeMessage([from], [to], subject, body)
        {
            // The same Message-ID on every attempt, so a mail client shows a copy that did arrive twice only once.
            MessageId = $"{deliveryId}@matching.report",
        };
        message.Headers.Add(WebhookSender.DeliveryHeader, deliveryId.ToString());
        return message;
    }

    // Base64 for both parts, as System.Net.Mail sent them: the documents arrive byte for byte, line ends included,
    // where 7bit or quoted-printable would turn their line feeds into CRLF.
    private static Multipart Body(ShortfallReport report)
    {
        var html = new TextPart(MimeKit.Text.TextFormat.Html) { ContentTransferEncoding = ContentEncoding.Base64 };
        html.SetText(Encoding.UTF8, ShortfallReportHtml.Render(report));
        var csv = new MimePart("text", "csv")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(ShortfallReportCsv.Render(report)))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = $"shortfall-report-{report.IsoWeek}.csv",
        };
        csv.ContentType.Charset = "utf-8";
        return new Multipart("mixed") { html, csv };
    }

    private static string? Describe(Exception exception, SmtpOptions settings) => exception switch
    {
        SmtpCommandException refused => string.Create(CultureInfo.InvariantCulture,
            $"The mail server refused the report: {(int)refused.StatusCode} {refused.Message}"),
        AuthenticationException => $"The mail server did not accept the credentials of Smtp:UserName {settings.UserName}: {exception.Message}",
        ServiceNotAuthenticatedException => $"The mail server wants a login (set Smtp:UserName and Smtp:Password): {exception.Message}",
        SslHandshakeException => string.Create(CultureInfo.InvariantCulture,
            $"The TLS handshake with {settings.Host}:{settings.Port} failed ({SmtpSecurityChoice.For(settings)}): {(exception.InnerException ?? exception).Message}"),
        SmtpProtocolException => $"The mail server broke the SMTP protocol: {exception.Message}",
        ServiceNotConnectedException => "The mail server closed the connection before the report was sent.",
        // STARTTLS required but not offered, or a login but no AUTH.
        NotSupportedException => $"The mail server cannot be used with these Smtp settings: {exception.Message}",
        SocketException => string.Create(CultureInfo.InvariantCulture,
            $"The mail server {settings.Host}:{settings.Port} could not be reached: {exception.Message}"),
        IOException => $"The connection to the mail server failed: {exception.Message}",
        _ => null,
    };

    private static async Task QuitAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or TimeoutException
            or SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException)
        {
            // Disposing the client closes the socket anyway.
        }
    }

    // In Dutch, as the report it carries: "Tekortrapport 2027-W02: 3 knelpunten".
    private static string Subject(ShortfallReport report) =>
        $"Tekortrapport {report.IsoWeek}: {ReportText.Counted(report.Cells.Count(c => c.Flagged), "knelpunt", "knelpunten")}";
}
