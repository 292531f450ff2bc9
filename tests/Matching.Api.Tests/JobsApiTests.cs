using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Api.Tests.Infrastructure;
using Matching.Tests;

namespace Matching.Api.Tests;

/// <summary>The Quartz scheduler on the job store in PostgreSQL, driven through /v1/jobs.</summary>
public sealed class JobsApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jobs:Enabled"] = "true" };

    [Fact]
    public async Task A_coordinator_runs_the_shortfall_job_and_reads_its_outcome_and_the_snapshot()
    {
        var school = await SchoolAsync();
        Assert.Equal(HttpStatusCode.Created, (await school.PostAsJsonAsync("/v1/students", TestData.Student().With("availableFrom", DateTime.UtcNow.ToString("yyyy-MM-dd")))).StatusCode);
        var coordinator = await CoordinatorAsync("rijnmond");

        var run = await coordinator.PostAsync("/v1/jobs/shortfall/run", null);

        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        var shortfall = await WaitForOutcomeAsync(coordinator, "shortfall");
        Assert.Equal("succeeded", shortfall["lastOutcome"]!.GetValue<string>());
        Assert.NotNull(shortfall["nextFireTime"]);
        Assert.True(shortfall["lastDurationMs"]!.GetValue<long>() >= 0);
        var page = await ReadJsonAsync(await coordinator.GetAsync("/v1/shortfalls"));
        Assert.Equal(1, page["items"]![0]!["demand"]!.GetValue<int>());
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
    public async Task A_delivery_run_with_nothing_due_leaves_no_trace_in_the_job_history()
    {
        Assert.Equal(HttpStatusCode.Accepted, (await Admin.PostAsync("/v1/jobs/delivery/run", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await Admin.PostAsync("/v1/jobs/expiry/run", null)).StatusCode);

        // Both on-demand runs are done once their one-off triggers (outside the "matching" group of the schedules)
        // have fired and completed, and the expiry run has its outcome.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await CountAsync("qrtz_triggers WHERE trigger_group <> 'matching'") + await CountAsync("qrtz_fired_triggers WHERE trigger_group <> 'matching'") > 0
            || await CountAsync("job_runs WHERE job_name = 'expiry' AND finished_at IS NOT NULL") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The on-demand runs did not finish within 60 s.");
            await Task.Delay(50);
        }
        var jobs = (await Admin.GetFromJsonAsync<JsonArray>("/v1/jobs"))!;
        var delivery = jobs.Single(j => j!["name"]!.GetValue<string>() == "delivery")!;
        Assert.Null(delivery["lastOutcome"]);
        Assert.Equal(1, await CountAsync("job_runs WHERE job_name = 'expiry'"));
        Assert.Equal(0, await CountAsync("job_runs WHERE job_name = 'delivery'"));
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
