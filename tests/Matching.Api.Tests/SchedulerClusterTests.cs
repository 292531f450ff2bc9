using Matching.Api.Tests.Infrastructure;
using Matching.Tests;
using Npgsql;

namespace Matching.Api.Tests;

/// <summary>Quartz's clustered job store on PostgreSQL: each fire time runs once, whatever the number of nodes.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SchedulerClusterTests(PostgresServer postgres)
{
    private static readonly Dictionary<string, string?> Scheduled = new() { ["Jobs:Enabled"] = "true" };

    [Fact]
    public async Task Two_scheduler_nodes_on_one_database_run_each_fire_time_once()
    {
        var database = await postgres.CreateDatabaseAsync();
        // The weekly job every second, so that a few fire times pass during the test.
        var everySecond = new Dictionary<string, string?>(Scheduled) { ["Jobs:ShortfallCron"] = "* * * * * ?" };
        await using var nodeA = new MatchingApiFactory(database, everySecond);
        await using var nodeB = new MatchingApiFactory(database, everySecond);
        await Task.WhenAll(nodeA.WaitUntilReadyAsync(), nodeB.WaitUntilReadyAsync());

        await WaitForAsync(database, "SELECT count(*) FROM job_runs WHERE job_name = 'shortfall' AND finished_at IS NOT NULL", atLeast: 4);

        var duplicates = await ScalarAsync(database, """
            SELECT count(*) FROM (SELECT scheduled_at FROM job_runs WHERE job_name = 'shortfall' GROUP BY scheduled_at HAVING count(*) > 1) d
            """);
        var nodes = await ScalarAsync(database, "SELECT count(DISTINCT node) FROM job_runs WHERE job_name = 'shortfall'");
        Assert.Equal(0, duplicates);
        Assert.Equal(1, await ScalarAsync(database, "SELECT count(DISTINCT sched_name) FROM qrtz_scheduler_state"));
        Assert.Equal(2, await ScalarAsync(database, "SELECT count(*) FROM qrtz_scheduler_state"));
        Assert.InRange(nodes, 1, 2);
    }

    [Fact]
    public async Task Fire_times_missed_while_no_node_was_up_run_once_when_one_comes_up()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using (var first = new MatchingApiFactory(database, Scheduled))
        {
            await first.WaitUntilReadyAsync();
        }
        // While every node is down, three weekly fire times pass.
        await ScalarAsync(database, $"""
            UPDATE qrtz_triggers SET next_fire_time = {DateTimeOffset.UtcNow.AddDays(-21).UtcTicks} WHERE trigger_name = 'shortfall-weekly'
            """);

        await using var second = new MatchingApiFactory(database, Scheduled);
        await second.WaitUntilReadyAsync();
        await WaitForAsync(database, "SELECT count(*) FROM job_runs WHERE job_name = 'shortfall' AND finished_at IS NOT NULL", atLeast: 1);

        var nextFire = new DateTimeOffset(await ScalarAsync(database, "SELECT next_fire_time FROM qrtz_triggers WHERE trigger_name = 'shortfall-weekly'"), TimeSpan.Zero);
        Assert.True(nextFire > DateTimeOffset.UtcNow, $"The next fire time {nextFire:u} should be the coming Monday.");
        Assert.Equal(1, await ScalarAsync(database, "SELECT count(*) FROM job_runs WHERE job_name = 'shortfall'"));
    }

    [Fact]
    public async Task A_changed_schedule_in_configuration_replaces_the_stored_trigger()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using (var first = new MatchingApiFactory(database, Scheduled))
        {
            await first.WaitUntilReadyAsync();
        }
        var tuesday = new Dictionary<string, string?>(Scheduled) { ["Jobs:ShortfallCron"] = "0 0 7 ? * TUE" };

        await using var second = new MatchingApiFactory(database, tuesday);
        await second.WaitUntilReadyAsync();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await CronOfAsync(database) != "0 0 7 ? * TUE")
        {
            Assert.True(DateTime.UtcNow < deadline, $"The stored cron is still {await CronOfAsync(database)}.");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_changed_delivery_poll_interval_replaces_the_stored_trigger()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using (var first = new MatchingApiFactory(database, Scheduled))
        {
            await first.WaitUntilReadyAsync();
        }
        Assert.Equal(20_000, await ScalarAsync(database, DeliveryIntervalSql));
        var everyMinute = new Dictionary<string, string?>(Scheduled) { ["Delivery:PollSeconds"] = "60" };

        await using var second = new MatchingApiFactory(database, everyMinute);
        await second.WaitUntilReadyAsync();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await ScalarAsync(database, DeliveryIntervalSql) != 60_000)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The stored interval is still {await ScalarAsync(database, DeliveryIntervalSql)} ms.");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_shortfall_job_stored_without_recovery_is_stored_again_with_it()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using (var first = new MatchingApiFactory(database, Scheduled))
        {
            await first.WaitUntilReadyAsync();
        }
        // As a database from before the job requested recovery holds it.
        await ScalarAsync(database, "UPDATE qrtz_job_details SET requests_recovery = false WHERE job_name = 'shortfall'");

        await using var second = new MatchingApiFactory(database, Scheduled);
        await second.WaitUntilReadyAsync();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await ScalarAsync(database, "SELECT count(*) FROM qrtz_job_details WHERE job_name = 'shortfall' AND requests_recovery") != 1)
        {
            Assert.True(DateTime.UtcNow < deadline, "The shortfall job still does not request recovery.");
            await Task.Delay(50);
        }
        Assert.Equal(1, await ScalarAsync(database, "SELECT count(*) FROM qrtz_triggers WHERE trigger_name = 'shortfall-weekly'"));
    }

    // Quartz stores the interval in milliseconds.
    private const string DeliveryIntervalSql = "SELECT repeat_interval FROM qrtz_simple_triggers WHERE trigger_name = 'delivery-poll'";

    private static async Task<string?> CronOfAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT cron_expression FROM qrtz_cron_triggers WHERE trigger_name = 'shortfall-weekly'", connection);
        return await command.ExecuteScalarAsync() as string;
    }

    private static async Task WaitForAsync(string database, string countSql, long atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await ScalarAsync(database, countSql) < atLeast)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for: {countSql} >= {atLeast}. {await DescribeAsync(database)}");
            await Task.Delay(100);
        }
    }

    // What the job store holds, for a failure message.
    private static async Task<string> DescribeAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT trigger_name || ' ' || trigger_state || ' next ' || coalesce(next_fire_time::text, 'none') FROM qrtz_triggers
            UNION ALL SELECT 'run ' || job_name || ' ' || coalesce(outcome, 'running') FROM job_runs
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string> { $"now {DateTimeOffset.UtcNow.UtcTicks}" };
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
        return string.Join(" | ", lines);
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
    }
}
