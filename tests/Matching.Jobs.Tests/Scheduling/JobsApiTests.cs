using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hangfire;
using Matching.Tests.Service;
using Matching.Jobs.Delivery;
using Matching.Jobs.Retention;
using Matching.Tests;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matching.Jobs.Tests.Scheduling;

/// <summary>The jobs on Hangfire with its storage in PostgreSQL and a server on this node, driven through /v1/jobs.</summary>
[Collection(PostgresCollection.Name)]
public sealed class JobsApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private WebhookReceiver _webhooks = null!;
    private WebhookReceiver _failing = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Jobs:Enabled"] = "true",
        ["Delivery:AllowInsecureLoopback"] = "true",
        ["Delivery:MaxAttempts"] = "2",
        ["Delivery:BaseDelaySeconds"] = "0",
    };

    public override async Task InitializeAsync()
    {
        _webhooks = await WebhookReceiver.StartAsync();
        _failing = await WebhookReceiver.StartAsync(500);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _webhooks.DisposeAsync();
        await _failing.DisposeAsync();
    }

    [Fact]
    public async Task A_coordinator_runs_the_shortfall_job_and_reads_its_outcome_and_the_snapshot()
    {
        var school = await SchoolAsync();
        Assert.Equal(HttpStatusCode.Created, (await school.PostAsJsonAsync("/v1/students", TestData.Student().With("availableFrom", DateTime.UtcNow.ToString("yyyy-MM-dd")))).StatusCode);
        var coordinator = await CoordinatorAsync("rijnmond");
        var before = DateTimeOffset.UtcNow;

        var run = await coordinator.PostAsync("/v1/jobs/shortfall/run", null);

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        var shortfall = await WaitForOutcomeAsync(coordinator, "shortfall");
        Assert.Equal("succeeded", shortfall["lastOutcome"]!.GetValue<string>());
        var started = shortfall["lastStartedAt"]!.GetValue<DateTimeOffset>();
        var finished = shortfall["lastFinishedAt"]!.GetValue<DateTimeOffset>();
        Assert.InRange(started, before.AddSeconds(-1), finished);
        // The time spent in the job, which Hangfire measures between the start and the end of the run.
        Assert.InRange(shortfall["lastDurationMs"]!.GetValue<long>(), 0, (long)Math.Ceiling((finished - started).TotalMilliseconds));
        Assert.True(shortfall["nextFireTime"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow);
        var page = await ReadJsonAsync(await coordinator.GetAsync("/v1/shortfalls"));
        Assert.Equal(1, page["items"]![0]!["demand"]!.GetValue<int>());
        // The run's record outlives the week until the next run (Jobs:HistoryDays, 14), not Hangfire's default day.
        Assert.Equal(1, await CountAsync($"({HangfireTables.RunsOfShortfall}) r JOIN hangfire.job j ON j.id = r.id WHERE j.expireat > now() + interval '13 days'"));
    }

    [Fact]
    public async Task Only_an_admin_runs_the_expiry_job_and_unknown_jobs_are_404()
    {
        var coordinator = await CoordinatorAsync("rijnmond");
        var company = await CompanyAsync();

        await AssertProblemAsync(await coordinator.PostAsync("/v1/jobs/expiry/run", null), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await company.PostAsync("/v1/jobs/shortfall/run", null), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Admin.PostAsync("/v1/jobs/nothing/run", null), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Accepted, (await Admin.PostAsync("/v1/jobs/expiry/run", null)).StatusCode);
        Assert.Equal("succeeded", (await WaitForOutcomeAsync(Admin, "expiry"))["lastOutcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_node_lists_and_runs_jobs_after_another_node_of_its_process_has_stopped()
    {
        // Hangfire's configuration is one per process, made by the node that started last: here a node that then stops.
        var database = await Postgres.CreateMigratedDatabaseAsync();
        await using (var stopped = new MatchingApiFactory(database, Settings))
        {
            await stopped.WaitUntilReadyAsync();
        }
        await Postgres.DropDatabaseAsync(database);

        var jobs = await Admin.GetAsync("/v1/jobs");
        var run = await Admin.PostAsync("/v1/jobs/expiry/run", null);

        Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        Assert.Equal("succeeded", (await WaitForOutcomeAsync(Admin, "expiry"))["lastOutcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_an_admin_runs_the_retention_job_which_erases_an_inactive_student_everywhere_and_keeps_its_counts_with_the_run()
    {
        var school = await SchoolAsync();
        var company = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(company);
        var offer = await PostOfferAsync(company);
        var inactive = await PostStudentAsync(school, TestData.Student("STU-OLD"));
        Assert.Equal(HttpStatusCode.Created, (await school.PostAsJsonAsync("/v1/students", TestData.Student("STU-NEW"))).StatusCode);
        await using (var connection = new NpgsqlConnection(App.ConnectionString))
        {
            await connection.OpenAsync();
            await using var backdate = new NpgsqlCommand("UPDATE students SET updated_at = now() - interval '13 months' WHERE id = $1", connection);
            backdate.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = inactive });
            await backdate.ExecuteNonQueryAsync();
        }
        await IndexesCaughtUpAsync();
        Assert.Equal(2, (await ReadJsonAsync(await company.GetAsync($"/v1/offers/{offer}/candidates")))["total"]!.GetValue<int>());

        await AssertProblemAsync(await (await CoordinatorAsync()).PostAsync("/v1/jobs/retention/run", null), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Accepted, (await Admin.PostAsync("/v1/jobs/retention/run", null)).StatusCode);

        var retention = await WaitForOutcomeAsync(Admin, "retention");
        Assert.Equal("succeeded", retention["lastOutcome"]!.GetValue<string>());
        Assert.True(retention["nextFireTime"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow);
        await AssertProblemAsync(await school.GetAsync($"/v1/students/{inactive}"), HttpStatusCode.NotFound);
        await IndexesCaughtUpAsync();
        Assert.Equal(1, (await ReadJsonAsync(await company.GetAsync($"/v1/offers/{offer}/candidates")))["total"]!.GetValue<int>());
        // The run's record is Hangfire's: its succeeded state holds what the job returned.
        var result = await HangfireTables.TextAsync(App.ConnectionString, """
            SELECT s.data::jsonb ->> 'Result' FROM hangfire.job j
            JOIN hangfire.jobparameter r ON r.jobid = j.id AND r.name = 'RecurringJobId' AND r.value = '"retention"'
            JOIN hangfire.state s ON s.id = j.stateid
            """);
        Assert.Equal(new RetentionCounts(1, 0, 0, 0), JsonSerializer.Deserialize<RetentionCounts>(result!));
    }

    [Fact]
    public async Task Each_delivery_is_a_hangfire_job_a_failing_one_is_retried_and_then_fails_with_its_error()
    {
        var school = await SchoolAsync();
        Assert.Equal(HttpStatusCode.Created, (await school.PostAsJsonAsync("/v1/students", TestData.Student())).StatusCode);
        var coordinator = await CoordinatorAsync("rijnmond");
        foreach (var (receiver, path) in new[] { (_webhooks, "/hooks/good"), (_failing, "/hooks/broken") })
        {
            var response = await coordinator.PostAsJsonAsync("/v1/subscriptions",
                new { regions = new[] { "rijnmond" }, webhookUrl = receiver.BaseUrl + path, webhookSecret = "job-secret-0123456789" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Accepted, (await coordinator.PostAsync("/v1/jobs/shortfall/run", null)).StatusCode);
        await HangfireTables.WaitForAsync(App.ConnectionString, """
            SELECT count(*) FROM report_deliveries d JOIN hangfire.job j ON j.id::text = d.job_id
            WHERE (d.status = 'delivered' AND j.statename = 'Succeeded') OR (d.status = 'failed' AND j.statename = 'Failed')
            """, atLeast: 2);

        var good = Assert.Single(_webhooks.Received);
        Assert.Equal("/hooks/good", good.Path);
        Assert.Equal(2, _failing.Received.Count);
        // The same delivery id on both attempts, so a receiver can tell a retry from a new report.
        Assert.Single(_failing.Received.Select(r => r.Headers["X-Matching-Delivery"]).Distinct());
        Assert.Equal(1, await CountAsync("report_deliveries WHERE status = 'failed' AND attempts = 2 AND last_error = 'The webhook answered 500 Internal Server Error.'"));
        // Hangfire's history shows the retry: failed attempt 1 was scheduled again, attempt 2 failed for good.
        Assert.Equal(1, await CountAsync("""
            hangfire.state s JOIN report_deliveries d ON d.job_id = s.jobid::text
            WHERE d.status = 'failed' AND s.name = 'Scheduled' AND s.reason LIKE 'Attempt 1 failed: The webhook answered 500%'
            """));
        // An operator sees the same in the metrics: the runs by outcome, the attempts by channel and outcome.
        var metrics = await (await Admin.GetAsync("/metrics")).Content.ReadAsStringAsync();
        Assert.Equal(1, PrometheusText.Sample(metrics, "matching_job_duration_seconds_count", "job=\"shortfall\"", "outcome=\"succeeded\""));
        Assert.Equal(1, PrometheusText.Sample(metrics, "matching_job_duration_seconds_count", "job=\"report-delivery\"", "outcome=\"succeeded\""));
        Assert.Equal(1, PrometheusText.Sample(metrics, "matching_job_duration_seconds_count", "job=\"report-delivery\"", "outcome=\"retry\""));
        Assert.Equal(1, PrometheusText.Sample(metrics, "matching_job_duration_seconds_count", "job=\"report-delivery\"", "outcome=\"failed\""));
        Assert.Equal(1, PrometheusText.Sample(metrics, "matching_report_deliveries_total", "channel=\"webhook\"", "outcome=\"delivered\""));
        Assert.Equal(1, PrometheusText.Sample(metrics, "matching_report_deliveries_total", "channel=\"webhook\"", "outcome=\"retrying\""));
        Assert.Equal(1, PrometheusText.Sample(metrics, "matching_report_deliveries_total", "channel=\"webhook\"", "outcome=\"failed\""));
    }

    [Fact]
    public async Task The_delivery_job_queues_again_an_open_delivery_whose_job_was_deleted()
    {
        var school = await SchoolAsync();
        Assert.Equal(HttpStatusCode.Created, (await school.PostAsJsonAsync("/v1/students", TestData.Student())).StatusCode);
        var coordinator = await CoordinatorAsync("rijnmond");
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync("/v1/subscriptions",
            new { regions = new[] { "rijnmond" }, webhookUrl = _failing.BaseUrl + "/hooks/late", webhookSecret = "late-secret-0123456789" })).StatusCode);
        // The week's delivery, queued, and its job deleted before it ran (as from the dashboard).
        var queue = App.Services.GetRequiredService<ReportDeliveryQueue>();
        var week = IsoWeek.Parse("2027-W02");
        await queue.ScheduleWeekAsync(week, DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
        await App.Services.GetRequiredService<DeliveryJobs>().QueueUnqueuedAsync(week, CancellationToken.None);
        var (id, deletedJob) = Assert.Single(await queue.OpenAsync(week, CancellationToken.None));
        Assert.True(App.Services.GetRequiredService<IBackgroundJobClient>().Delete(deletedJob));

        Assert.Equal(HttpStatusCode.Accepted, (await Admin.PostAsync("/v1/jobs/delivery/run", null)).StatusCode);
        Assert.Equal("succeeded", (await WaitForOutcomeAsync(Admin, "delivery"))["lastOutcome"]!.GetValue<string>());

        var (sameId, newJob) = Assert.Single(await queue.OpenAsync(week, CancellationToken.None));
        Assert.Equal(id, sameId);
        Assert.NotEqual(deletedJob, newJob);
    }

    // The run is queued in the cluster; poll the job list as a client would, for at most 30 s.
    private static async Task<JsonObject> WaitForOutcomeAsync(HttpClient client, string job)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var jobs = (await client.GetFromJsonAsync<JsonArray>("/v1/jobs"))!;
            var status = jobs.Single(j => j!["name"]!.GetValue<string>() == job)!.AsObject();
            if (status["lastOutcome"]?.GetValue<string>() is "succeeded" or "failed")
            {
                return status;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The {job} job did not finish within 30 s.");
            await Task.Delay(50);
        }
    }
}
