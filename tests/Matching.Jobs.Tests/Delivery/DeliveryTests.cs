using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Matching.Tests.Service;
using Matching.Jobs.Delivery;
using Matching.Jobs.Shortfalls;
using Matching.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.Jobs.Tests.Delivery;

/// <summary>
/// Weekly report delivery to a webhook receiver and an SMTP sink that the test runs on loopback. The jobs are driven
/// directly (the shortfall run, then an attempt at each delivery, as its Hangfire job makes them), so every step is
/// deterministic: nothing waits for a timer. JobsApiTests runs the same through Hangfire's server.
/// </summary>
public sealed class DeliveryTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private const int MaxAttempts = 3;
    private static readonly DateOnly Today = new(2027, 1, 15); // ISO week 2027-W02

    private WebhookReceiver _webhooks = null!;
    private WebhookReceiver _failing = null!;
    private SmtpSink _smtp = null!;
    private HttpClient _coordinator = null!;

    // Retries come due at once (no back-off), so one attempt follows another without waiting.
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Delivery:AllowInsecureLoopback"] = "true",
        ["Delivery:MaxAttempts"] = MaxAttempts.ToString(),
        ["Delivery:BaseDelaySeconds"] = "0",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = _smtp.Port.ToString(),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "reports@matching.test",
    };

    public override async Task InitializeAsync()
    {
        // The receivers first: the service's settings name their ports.
        _webhooks = await WebhookReceiver.StartAsync();
        _failing = await WebhookReceiver.StartAsync(500);
        _smtp = SmtpSink.Start(line => line.StartsWith("RCPT TO:<nobody@", StringComparison.OrdinalIgnoreCase)
            ? "550 5.1.1 <nobody@rmc.example.nl>: Recipient address rejected: User unknown"
            : null);
        await base.InitializeAsync();
        _coordinator = await CoordinatorAsync("rijnmond");
        var school = await SchoolAsync();
        Assert.Equal(HttpStatusCode.Created, (await school.PostAsJsonAsync("/v1/students", TestData.Student())).StatusCode);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _webhooks.DisposeAsync();
        await _failing.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Each_subscription_gets_the_weeks_report_once_by_webhook_and_once_by_email()
    {
        var first = await SubscribeAsync(_webhooks, "/hooks/first", "first@rmc.example.nl", "first-secret-0123456789");
        var second = await SubscribeAsync(_webhooks, "/hooks/second", "second@rmc.example.nl", "second-secret-0123456789");

        var (_, scheduled) = await RunShortfallJobAsync();
        var attempts = await DeliverDueAsync();

        Assert.Equal((4, 4), (scheduled, attempts));
        Assert.Equal(["/hooks/first", "/hooks/second"], _webhooks.Received.Select(r => r.Path).Order());
        var report = (await _coordinator.GetFromJsonAsync<JsonNode>("/v1/reports/2027-W02"))!;
        AssertSignedReport(_webhooks.Received.Single(r => r.Path == "/hooks/first"), "first-secret-0123456789", report);
        AssertSignedReport(_webhooks.Received.Single(r => r.Path == "/hooks/second"), "second-secret-0123456789", report);
        Assert.Equal(["first@rmc.example.nl", "second@rmc.example.nl"], _smtp.Messages.SelectMany(m => m.To).Order());
        // The same documents as GET /v1/reports/2027-W02 gives the coordinator, whose key and subscriptions follow the same region.
        var html = await _coordinator.GetStringAsync("/v1/reports/2027-W02?format=html");
        var csv = await _coordinator.GetStringAsync("/v1/reports/2027-W02?format=csv");
        foreach (var mail in _smtp.Messages)
        {
            Assert.Equal("reports@matching.test", mail.From);
            Assert.Contains("\r\nSubject: Tekortrapport 2027-W02: 0 knelpunten\r\n", mail.Data); // one student, below the threshold
            Assert.Contains("filename=shortfall-report-2027-W02.csv", mail.Data);
            Assert.Equal(html, mail.Part("text/html"));
            Assert.Equal(csv, mail.Part("text/csv"));
        }
        foreach (var subscription in new[] { first, second })
        {
            var log = await DeliveriesAsync(subscription);
            Assert.Equal(["delivered", "delivered"], log.Select(d => d["status"]!.GetValue<string>()));
            Assert.Equal(["email", "webhook"], log.Select(d => d["channel"]!.GetValue<string>()));
            Assert.All(log, d => Assert.Equal(1, d["attempts"]!.GetValue<int>()));
        }
    }

    [Fact]
    public async Task Delivering_again_or_running_the_week_again_sends_nothing_more()
    {
        await SubscribeAsync(_webhooks, "/hooks/once", "once@rmc.example.nl", "once-secret-0123456789");
        await RunShortfallJobAsync();
        var ids = await OpenDeliveriesAsync();
        await DeliverDueAsync();

        var again = await DeliverDueAsync();
        var deliverer = App.Services.GetRequiredService<ReportDeliverer>();
        foreach (var id in ids)
        {
            // A delivery job that runs again after its delivery was made (Hangfire runs a job at least once).
            await deliverer.DeliverAsync(id, CancellationToken.None);
        }
        var (_, rescheduled) = await RunShortfallJobAsync();
        var afterRerun = await DeliverDueAsync();

        Assert.Equal(2, ids.Count);
        Assert.Equal((0, 0, 0), (again, rescheduled, afterRerun));
        Assert.Single(_webhooks.Received);
        Assert.Single(_smtp.Messages);
        Assert.Equal(2, await CountAsync("report_deliveries"));
    }

    [Fact]
    public async Task A_failing_webhook_is_retried_and_then_marked_failed_with_its_error()
    {
        var subscription = await SubscribeAsync(_failing, "/hooks/broken", email: null, "broken-secret-0123456789");
        await RunShortfallJobAsync();
        var deliverer = App.Services.GetRequiredService<ReportDeliverer>();
        var id = Assert.Single(await OpenDeliveriesAsync());

        var states = new List<(string Status, int Attempts)>();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            Assert.True((await deliverer.AttemptAsync(id, CancellationToken.None)).Attempted);
            var delivery = (await DeliveriesAsync(subscription)).Single();
            states.Add((delivery["status"]!.GetValue<string>(), delivery["attempts"]!.GetValue<int>()));
        }
        var afterLast = await deliverer.AttemptAsync(id, CancellationToken.None);
        var jobAfterLast = await Record.ExceptionAsync(() => deliverer.DeliverAsync(id, CancellationToken.None));

        Assert.Equal([("pending", 1), ("pending", 2), ("failed", 3)], states);
        Assert.False(afterLast.Attempted);
        // The job of a delivery that failed before ends quietly: it neither sends nor fails again.
        Assert.Null(jobAfterLast);
        Assert.Equal(MaxAttempts, _failing.Received.Count);
        var failed = (await DeliveriesAsync(subscription)).Single();
        Assert.Equal("The webhook answered 500 Internal Server Error.", failed["lastError"]!.GetValue<string>());
        Assert.Null(failed["nextAttemptAt"]);
        Assert.Null(failed["deliveredAt"]);
    }

    [Fact]
    public async Task A_failed_attempt_asks_hangfire_for_a_retry_after_the_back_off_and_the_last_one_fails_the_job()
    {
        await SubscribeAsync(_failing, "/hooks/broken", email: null, "broken-secret-0123456789");
        await RunShortfallJobAsync();
        var deliverer = App.Services.GetRequiredService<ReportDeliverer>();
        var id = Assert.Single(await OpenDeliveriesAsync());

        var first = await Assert.ThrowsAsync<DeliveryRetryException>(() => deliverer.DeliverAsync(id, CancellationToken.None));
        var second = await Assert.ThrowsAsync<DeliveryRetryException>(() => deliverer.DeliverAsync(id, CancellationToken.None));
        var last = await Assert.ThrowsAsync<DeliveryFailedException>(() => deliverer.DeliverAsync(id, CancellationToken.None));

        // Delivery:BaseDelaySeconds is 0 here, so every retry is due at once.
        Assert.Equal(TimeSpan.Zero, first.RetryAfter);
        Assert.Equal("Attempt 1 failed: The webhook answered 500 Internal Server Error.", first.Message);
        Assert.StartsWith("Attempt 2 failed", second.Message);
        Assert.Equal("The webhook answered 500 Internal Server Error.", last.Message);
        Assert.Equal(MaxAttempts, _failing.Received.Count);
    }

    [Fact]
    public void The_retry_delay_doubles_from_the_base_delay_up_to_the_maximum()
    {
        var options = new DeliveryOptions { BaseDelaySeconds = 30, MaxDelaySeconds = 100 };

        Assert.Equal([30, 60, 100, 100], new[] { 1, 2, 3, 4 }.Select(attempts => options.RetryDelay(attempts).TotalSeconds));
    }

    [Fact]
    public async Task A_refused_email_is_retried_and_then_marked_failed_with_the_mail_servers_answer()
    {
        var subscription = await SubscribeAsync(_webhooks, "/hooks/refused", "nobody@rmc.example.nl", "refused-secret-0123456789");
        await RunShortfallJobAsync();

        // Every attempt there is: the webhook's one, and the e-mail's until none is left.
        var attempts = 0;
        for (var round = await DeliverDueAsync(); round > 0; round = await DeliverDueAsync())
        {
            attempts += round;
        }

        Assert.Equal(1 + MaxAttempts, attempts);
        Assert.Empty(_smtp.Messages);
        Assert.Equal(MaxAttempts, _smtp.Commands.Count(c => c.StartsWith("RCPT TO:<nobody@", StringComparison.Ordinal)));
        var email = (await DeliveriesAsync(subscription)).Single(d => d["channel"]!.GetValue<string>() == "email");
        Assert.Equal(("failed", MaxAttempts), (email["status"]!.GetValue<string>(), email["attempts"]!.GetValue<int>()));
        Assert.Equal("The mail server refused the report: 550 5.1.1 <nobody@rmc.example.nl>: Recipient address rejected: User unknown",
            email["lastError"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_nodes_sending_at_once_deliver_each_report_once()
    {
        for (var i = 0; i < 12; i++)
        {
            await SubscribeAsync(_webhooks, $"/hooks/{i}", $"coordinator{i}@rmc.example.nl", $"secret-{i}-0123456789abcdef");
        }
        await RunShortfallJobAsync();
        await using var otherNode = new MatchingApiFactory(App.ConnectionString, Settings);
        otherNode.CreateClient();

        // As when a delivery's job runs twice at once (Hangfire runs a job at least once): both nodes try every delivery.
        var attempts = await Task.WhenAll(
            Task.Run(() => DeliverAllAsync(App.Services.GetRequiredService<ReportDeliverer>())),
            Task.Run(() => DeliverAllAsync(otherNode.Services.GetRequiredService<ReportDeliverer>())));

        Assert.Equal(24, attempts.Sum());
        Assert.Equal(12, _webhooks.Received.Select(r => r.Path).Distinct().Count());
        Assert.Equal(12, _webhooks.Received.Count);
        Assert.Equal(12, _smtp.Messages.Count);
        Assert.Equal(12, _smtp.Messages.SelectMany(m => m.To).Distinct().Count());
    }

    [Fact]
    public async Task A_send_whose_node_stopped_is_taken_over_after_its_lease_and_the_old_claim_changes_nothing()
    {
        await SubscribeAsync(_webhooks, "/hooks/lease", email: null, "lease-secret-0123456789");
        await RunShortfallJobAsync();
        var queue = App.Services.GetRequiredService<ReportDeliveryQueue>();
        var id = Assert.Single(await OpenDeliveriesAsync());
        var now = DateTimeOffset.UtcNow;

        var stalled = await queue.ClaimAsync(id, now, CancellationToken.None);
        var duringLease = await queue.ClaimAsync(id, now.AddSeconds(1), CancellationToken.None);
        var takenOver = await queue.ClaimAsync(id, now.AddDays(1), CancellationToken.None);
        var staleWrite = await queue.MarkDeliveredAsync(stalled!, now.AddDays(1), CancellationToken.None);
        var currentWrite = await queue.MarkDeliveredAsync(takenOver!, now.AddDays(1), CancellationToken.None);

        Assert.NotNull(stalled);
        Assert.Null(duringLease);
        Assert.Equal((stalled.Id, 2), (takenOver!.Id, takenOver.Attempts));
        Assert.False(staleWrite);
        Assert.True(currentWrite);
    }

    private async Task<Guid> SubscribeAsync(WebhookReceiver receiver, string path, string? email, string secret)
    {
        var response = await _coordinator.PostAsJsonAsync("/v1/subscriptions", new
        {
            regions = new[] { "rijnmond" },
            webhookUrl = receiver.BaseUrl + path,
            webhookSecret = secret,
            email,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJsonAsync(response))["id"]!.GetValue<Guid>();
    }

    private async Task<(int Cells, int Deliveries)> RunShortfallJobAsync()
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ComputeShortfallsJob>().RunAsync(Today, DateTimeOffset.UtcNow, CancellationToken.None);
    }

    private Task<int> DeliverDueAsync() => DeliverAllAsync(App.Services.GetRequiredService<ReportDeliverer>());

    // One attempt at every open delivery, as their jobs would make them; how many were made.
    private async Task<int> DeliverAllAsync(ReportDeliverer deliverer)
    {
        var attempts = 0;
        foreach (var id in await OpenDeliveriesAsync())
        {
            attempts += (await deliverer.AttemptAsync(id, CancellationToken.None)).Attempted ? 1 : 0;
        }
        return attempts;
    }

    private async Task<List<Guid>> OpenDeliveriesAsync() =>
        [.. (await App.Services.GetRequiredService<ReportDeliveryQueue>().OpenAsync(null, CancellationToken.None)).Select(d => d.Id)];

    private async Task<List<JsonObject>> DeliveriesAsync(Guid subscription)
    {
        var page = await ReadJsonAsync(await _coordinator.GetAsync($"/v1/subscriptions/{subscription}/deliveries"));
        return [.. page["items"]!.AsArray().Select(d => d!.AsObject())];
    }

    // Verifies the request as a receiver would (docs/webhooks.md), recomputing the HMAC here rather than with the service's code.
    private static void AssertSignedReport(ReceivedWebhook request, string secret, JsonNode expected)
    {
        var timestamp = request.Headers["X-Matching-Timestamp"];
        Assert.True(long.TryParse(timestamp, out _));
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(request.Body).ToArray();
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
        Assert.Equal(signature, request.Headers["X-Matching-Signature"]);
        Assert.True(Guid.TryParse(request.Headers["X-Matching-Delivery"], out _));
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        var report = JsonNode.Parse(request.Body)!;
        Assert.True(JsonNode.DeepEquals(expected, report), "The webhook's report differs from GET /v1/reports/2027-W02.");
        Assert.Equal(["rijnmond"], report["regions"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.NotEmpty(report["cells"]!.AsArray());
    }
}
