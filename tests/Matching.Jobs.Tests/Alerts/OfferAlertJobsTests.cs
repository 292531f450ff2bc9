using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Matching.Api.Alerts;
using Matching.Jobs.Alerts;
using Matching.Tests;
using Matching.Tests.Service;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matching.Jobs.Tests.Alerts;

/// <summary>
/// Alerts through the service's own machinery, as in production: the background detector on the change sequence, the
/// batch job it queues on Hangfire, and the delivery jobs. Nothing is driven by hand except the requests; the tests wait
/// for what the receiver gets, with a deadline.
/// </summary>
public sealed class OfferAlertJobsTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private WebhookReceiver _webhooks = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Jobs:Enabled"] = "true",
        ["Delivery:AllowInsecureLoopback"] = "true",
    };

    public override async Task InitializeAsync()
    {
        _webhooks = await WebhookReceiver.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _webhooks.DisposeAsync();
    }

    [Fact]
    public async Task An_offer_posted_through_the_api_reaches_the_schools_webhook_with_no_step_driven_by_hand()
    {
        var school = await SchoolAsync();
        var student = await PostStudentAsync(school, TestData.Student("A-1"));
        var subscription = await CreatedIdAsync(await school.PostAsJsonAsync("/v1/alert-subscriptions",
            new { webhookUrl = _webhooks.BaseUrl + "/hooks/alerts", webhookSecret = "school-alert-secret-0123456789" }));
        var company = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(company);

        var offer = await PostOfferAsync(company);
        var received = await WaitForWebhooksAsync(1);

        var alert = Assert.Single(JsonNode.Parse(received[0].Body)!["alerts"]!.AsArray())!;
        Assert.Equal((student, offer), (alert["studentId"]!.GetValue<Guid>(), alert["offer"]!["id"]!.GetValue<Guid>()));
        var delivery = await WaitForAsync(async () =>
            (await ReadJsonAsync(await school.GetAsync($"/v1/alert-subscriptions/{subscription}/deliveries")))["items"]!.AsArray()
                .SingleOrDefault(d => d!["status"]!.GetValue<string>() == "delivered"));
        Assert.Equal(("webhook", 1), (delivery["channel"]!.GetValue<string>(), delivery["alerts"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_job_store_that_refuses_a_batch_leaves_it_to_the_offer_alerts_job_and_the_detector_running()
    {
        var queue = new AlertBatchQueue(App.Services.GetRequiredService<OfferAlertsJob>(), new RefusingJobClient(), TimeProvider.System,
            NullLogger<AlertBatchQueue>.Instance);

        // A batch due later becomes a scheduled job; here the job store refuses it, as when the database drops. An exception
        // out of this call would end the detector's loop and, by .NET's default for a background service, stop the node.
        var refused = await Record.ExceptionAsync(() =>
            queue.StartAsync([new DueBatch(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(5))], CancellationToken.None));

        Assert.Null(refused);
    }

    [Fact]
    public async Task A_batch_whose_node_stopped_before_queueing_its_delivery_goes_out_with_the_offer_alerts_job()
    {
        var school = await SchoolAsync();
        await PostStudentAsync(school, TestData.Student("A-1"));
        var subscription = await CreatedIdAsync(await school.PostAsJsonAsync("/v1/alert-subscriptions",
            new { webhookUrl = _webhooks.BaseUrl + "/hooks/alerts", webhookSecret = "school-alert-secret-0123456789" }));
        // A batch job is waiting already (for an hour from now), so the detector queues none for the alert it finds.
        await using (var connection = new Npgsql.NpgsqlConnection(App.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("UPDATE alert_subscriptions SET next_batch_at = now() + interval '1 hour'", connection);
            await command.ExecuteNonQueryAsync();
        }
        var company = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(company);
        var offer = await PostOfferAsync(company);
        await IndexesCaughtUpAsync();
        await AlertsCaughtUpAsync();
        // What a node does when it batches, without the queueing after the commit: as if it stopped right there.
        var batch = await App.Services.GetRequiredService<OfferAlertBatcher>().BatchAsync(subscription, DateTimeOffset.UtcNow, CancellationToken.None);

        var run = await Admin.PostAsync("/v1/jobs/offer-alerts/run", null);
        var received = await WaitForWebhooksAsync(1);

        Assert.Equal(1, batch.Alerts);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        var body = JsonNode.Parse(Assert.Single(received).Body)!;
        Assert.Equal((batch.BatchId, offer), (body["batchId"]!.GetValue<Guid>(), body["alerts"]![0]!["offer"]!["id"]!.GetValue<Guid>()));
    }

    private async Task<IReadOnlyList<ReceivedWebhook>> WaitForWebhooksAsync(int count) =>
        await WaitForAsync(() => Task.FromResult(_webhooks.Received.Count >= count ? _webhooks.Received : null));

    // Polls until the condition gives a value; fails after 60 s (Hangfire polls its queue every second here).
    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> condition) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (await condition() is { } value)
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, "Timed out after 60 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>A job store that is down: Hangfire's client wraps the store's error, as it does with a real one.</summary>
    private sealed class RefusingJobClient : IBackgroundJobClient
    {
        public string Create(Job job, IState state) =>
            throw new BackgroundJobClientException("Background job creation failed.", new TimeoutException("The job store is down."));

        public bool ChangeState(string jobId, IState state, string expectedState) =>
            throw new BackgroundJobClientException("State change failed.", new TimeoutException("The job store is down."));
    }
}
