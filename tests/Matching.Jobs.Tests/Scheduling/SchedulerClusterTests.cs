using Matching.Jobs.Scheduling;
using Matching.Tests.Service;
using Matching.Tests;
using static Matching.Tests.Service.HangfireTables;

namespace Matching.Jobs.Tests.Scheduling;

/// <summary>Hangfire on PostgreSQL with several nodes: each fire time runs once, whatever the number of nodes.</summary>
public sealed class SchedulerClusterTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly Dictionary<string, string?> Scheduled = new() { ["Jobs:Enabled"] = "true" };

    [Fact]
    public async Task Two_nodes_starting_together_on_one_database_run_each_fire_time_once()
    {
        var database = await postgres.CreateDatabaseAsync();
        // The weekly job every second (six fields: seconds first), so that a few fire times pass during the test.
        var everySecond = new Dictionary<string, string?>(Scheduled) { ["Jobs:ShortfallCron"] = "* * * * * *" };
        await using var nodeA = new MatchingApiFactory(database, new Dictionary<string, string?>(everySecond) { ["Jobs:ServerName"] = "node-a" });
        await using var nodeB = new MatchingApiFactory(database, new Dictionary<string, string?>(everySecond) { ["Jobs:ServerName"] = "node-b" });
        // Both create the schema and register the schedules at the same time.
        await Task.WhenAll(nodeA.WaitUntilReadyAsync(), nodeB.WaitUntilReadyAsync());

        await WaitForAsync(database, $"SELECT count(*) FROM ({RunsOfShortfall}) r WHERE r.statename = 'Succeeded'", atLeast: 4);

        var duplicates = await ScalarAsync(database, $"SELECT count(*) FROM (SELECT fire_time FROM ({RunsOfShortfall}) r GROUP BY fire_time HAVING count(*) > 1) d");
        var withoutFireTime = await ScalarAsync(database, $"SELECT count(*) FROM ({RunsOfShortfall}) r WHERE fire_time IS NULL");
        Assert.Equal(0, duplicates);
        Assert.Equal(0, withoutFireTime);
        Assert.Equal(1, await ScalarAsync(database, "SELECT count(*) FROM hangfire.schema"));
        Assert.Equal(2, await ScalarAsync(database, "SELECT count(*) FROM hangfire.server WHERE id LIKE 'node-a:%' OR id LIKE 'node-b:%'"));
        Assert.Equal(ScheduledJobs.All.Count, await ScalarAsync(database, "SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs'"));
    }

    [Fact]
    public async Task A_node_with_jobs_disabled_queues_a_run_that_a_node_with_jobs_enabled_then_runs()
    {
        var database = await postgres.CreateMigratedDatabaseAsync();
        await using var serving = new MatchingApiFactory(database, new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        await serving.WaitUntilReadyAsync();
        var admin = serving.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", MatchingApiFactory.AdminKey);

        Assert.Equal(System.Net.HttpStatusCode.Accepted, (await admin.PostAsync("/v1/jobs/shortfall/run", null)).StatusCode);

        // No Hangfire server on this node: the run waits in the queue.
        Assert.Equal(0, await ScalarAsync(database, "SELECT count(*) FROM hangfire.server"));
        Assert.Equal(1, await ScalarAsync(database, $"SELECT count(*) FROM ({RunsOfShortfall}) r WHERE r.statename = 'Enqueued'"));
        await using var working = new MatchingApiFactory(database, Scheduled);
        await working.WaitUntilReadyAsync();
        await WaitForAsync(database, $"SELECT count(*) FROM ({RunsOfShortfall}) r WHERE r.statename = 'Succeeded'", atLeast: 1);
        Assert.Equal(1, await ScalarAsync(database, "SELECT count(*) FROM hangfire.server"));
    }

    [Fact]
    public async Task Fire_times_missed_while_no_node_was_up_run_once_when_one_comes_up()
    {
        var database = await postgres.CreateMigratedDatabaseAsync();
        await using (var first = new MatchingApiFactory(database, Scheduled))
        {
            await first.WaitUntilReadyAsync();
        }
        // While every node is down, three weekly fire times pass: as if the schedule had been stored 22 days ago, with its
        // next fire time three weeks back (Hangfire counts missed fire times from the last run, or from the creation).
        var stored = DateTimeOffset.UtcNow.AddDays(-22);
        var missed = stored.AddDays(1);
        await ScalarAsync(database, $"""
            UPDATE hangfire.set SET score = {missed.ToUnixTimeSeconds()} WHERE key = 'recurring-jobs' AND value = 'shortfall';
            UPDATE hangfire.hash SET value = '{missed.ToUnixTimeMilliseconds()}' WHERE key = 'recurring-job:shortfall' AND field = 'NextExecution';
            UPDATE hangfire.hash SET value = '{stored.ToUnixTimeMilliseconds()}' WHERE key = 'recurring-job:shortfall' AND field = 'CreatedAt';
            """);

        await using var second = new MatchingApiFactory(database, Scheduled);
        await second.WaitUntilReadyAsync();
        await WaitForAsync(database, $"SELECT count(*) FROM ({RunsOfShortfall}) r WHERE r.statename = 'Succeeded'", atLeast: 1);

        var next = await NextExecutionAsync(database);
        Assert.True(next > DateTimeOffset.UtcNow, $"The next fire time {next:u} should be the coming Monday.");
        Assert.Equal(DayOfWeek.Monday, TimeZoneInfo.ConvertTime(next, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DayOfWeek);
        Assert.Equal(1, await ScalarAsync(database, $"SELECT count(*) FROM ({RunsOfShortfall}) r"));
    }

    [Fact]
    public async Task A_changed_schedule_in_configuration_replaces_the_stored_one_and_its_next_fire_time()
    {
        var database = await postgres.CreateMigratedDatabaseAsync();
        await using (var first = new MatchingApiFactory(database, Scheduled))
        {
            await first.WaitUntilReadyAsync();
        }
        Assert.Equal("0 6 * * 1", await CronAsync(database));
        var tuesday = new Dictionary<string, string?>(Scheduled) { ["Jobs:ShortfallCron"] = "0 7 * * 2" };

        await using var second = new MatchingApiFactory(database, tuesday);
        await second.WaitUntilReadyAsync();

        Assert.Equal("0 7 * * 2", await CronAsync(database));
        var next = await NextExecutionAsync(database);
        var local = TimeZoneInfo.ConvertTime(next, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        Assert.Equal((DayOfWeek.Tuesday, 7, 0), (local.DayOfWeek, local.Hour, local.Minute));
    }

    // Hangfire stores it as Unix milliseconds.
    private static async Task<DateTimeOffset> NextExecutionAsync(string database) => DateTimeOffset.FromUnixTimeMilliseconds(
        long.Parse((await TextAsync(database, "SELECT value FROM hangfire.hash WHERE key = 'recurring-job:shortfall' AND field = 'NextExecution'"))!));

    private static Task<string?> CronAsync(string database) =>
        TextAsync(database, "SELECT value FROM hangfire.hash WHERE key = 'recurring-job:shortfall' AND field = 'Cron'");
}
