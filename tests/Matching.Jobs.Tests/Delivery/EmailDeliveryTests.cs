using System.Text;
using Matching.Tests.Service;
using Matching.Jobs.Delivery;
using Matching.Jobs.Reports;
using Microsoft.Extensions.Options;

namespace Matching.Jobs.Tests.Delivery;

/// <summary>
/// EmailSender against the loopback SMTP sink, without the service: what goes over the wire, and the error a delivery
/// records when the server refuses, hangs or lacks what the settings require.
/// </summary>
public sealed class EmailDeliveryTests : IAsyncLifetime
{
    private const string Password = "s3cret-Pa55word";
    private static readonly ShortfallReport Report = new(IsoWeek.Parse("2027-W02"), new DateTimeOffset(2027, 1, 11, 6, 0, 0, TimeSpan.FromHours(1)),
        ["rijnmond"], ["ICT"], [new ShortfallCell("ICT", "ICT en creatieve industrie", "rijnmond", "Rijnmond", new DateOnly(2027, 2, 1), 12, 3, 9, true, [])], [], [], []);

    private SmtpSink _sink = null!;

    public Task InitializeAsync()
    {
        _sink = SmtpSink.Start(line => line.StartsWith("RCPT TO:<nobody@", StringComparison.OrdinalIgnoreCase)
            ? "550 5.1.1 <nobody@rmc.example.nl>: Recipient address rejected: User unknown"
            : null);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    [Fact]
    public async Task Every_attempt_at_a_delivery_carries_its_Message_ID_and_ends_with_QUIT()
    {
        var sender = Sender(_sink, SmtpSecurity.None);
        var deliveryId = Guid.NewGuid();

        await sender.SendAsync(deliveryId, "coordinator@rmc.example.nl", Report, CancellationToken.None);
        await sender.SendAsync(deliveryId, "coordinator@rmc.example.nl", Report, CancellationToken.None);

        Assert.Equal(2, _sink.Messages.Count);
        Assert.All(_sink.Messages, mail =>
        {
            Assert.Contains($"\r\nMessage-Id: <{deliveryId}@matching.report>\r\n", mail.Data, StringComparison.OrdinalIgnoreCase);
            Assert.Contains($"\r\nX-Matching-Delivery: {deliveryId}\r\n", mail.Data);
            Assert.Contains("\r\nSubject: Tekortrapport 2027-W02: 1 knelpunt\r\n", mail.Data);
            Assert.Contains("charset=utf-8", mail.Data.Split("\r\n").Single(l => l.StartsWith("Content-Type: text/csv;", StringComparison.Ordinal)));
            Assert.Equal(ShortfallReportCsv.Render(Report), mail.Part("text/csv"));
            Assert.Equal(ShortfallReportHtml.Render(Report), mail.Part("text/html"));
        });
        Assert.Equal(["QUIT", "QUIT"], _sink.Commands.Where(c => c == "QUIT"));
        Assert.Equal("QUIT", _sink.Commands[^1]);
    }

    [Fact]
    public async Task A_refused_recipient_fails_with_the_servers_answer_and_the_session_still_ends_with_QUIT()
    {
        var sender = Sender(_sink, SmtpSecurity.None);

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(
            () => sender.SendAsync(Guid.NewGuid(), "nobody@rmc.example.nl", Report, CancellationToken.None));

        Assert.Equal("The mail server refused the report: 550 5.1.1 <nobody@rmc.example.nl>: Recipient address rejected: User unknown", failure.Message);
        Assert.False(failure.Permanent);
        Assert.Empty(_sink.Messages);
        Assert.Equal("QUIT", _sink.Commands[^1]);
    }

    [Fact]
    public async Task Auto_on_a_server_without_STARTTLS_sends_nothing_rather_than_fall_back_to_plain_text()
    {
        var sender = Sender(_sink, SmtpSecurity.Auto);

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(
            () => sender.SendAsync(Guid.NewGuid(), "coordinator@rmc.example.nl", Report, CancellationToken.None));

        Assert.StartsWith("The mail server cannot be used with these Smtp settings: ", failure.Message);
        Assert.Contains("STARTTLS", failure.Message);
        Assert.DoesNotContain(_sink.Commands, c => c.StartsWith("MAIL", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_server_that_repeats_the_credentials_does_not_get_the_password_into_the_error()
    {
        // A careless server that repeats the credentials it was sent (AUTH PLAIN: base64 of "\0user\0password").
        await using var sink = SmtpSink.Start(line => line switch
        {
            _ when line.StartsWith("EHLO", StringComparison.OrdinalIgnoreCase) => "250-sink.test\r\n250 AUTH PLAIN",
            _ when line.StartsWith("AUTH PLAIN ", StringComparison.OrdinalIgnoreCase) =>
                "535 5.7.8 Authentication failed for " + Encoding.UTF8.GetString(Convert.FromBase64String(line[11..])).Replace('\0', ' '),
            _ => null,
        });
        var sender = Sender(sink, SmtpSecurity.None, userName: "reports");

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(
            () => sender.SendAsync(Guid.NewGuid(), "coordinator@rmc.example.nl", Report, CancellationToken.None));

        Assert.StartsWith("The mail server did not accept the credentials of Smtp:UserName reports: ", failure.Message);
        Assert.DoesNotContain(Password, failure.Message);
        Assert.Contains("***", failure.Message);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_with_a_clear_message()
    {
        await using var silent = SmtpSink.Start(silent: true);
        var sender = Sender(silent, SmtpSecurity.None, timeoutSeconds: 1);

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(
            () => sender.SendAsync(Guid.NewGuid(), "coordinator@rmc.example.nl", Report, CancellationToken.None));

        Assert.Equal("The mail server did not finish within 1 s.", failure.Message);
    }

    private static EmailSender Sender(SmtpSink sink, SmtpSecurity security, string? userName = null, int timeoutSeconds = 10) =>
        new(Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = sink.Port,
            Security = security,
            UserName = userName,
            Password = userName is null ? null : Password,
            From = "reports@matching.test",
            TimeoutSeconds = timeoutSeconds,
        }));
}
