using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Jobs.Shortfalls;
using Matching.Tests.Service;
using Matching.Tests;
using Npgsql;

namespace Matching.Jobs.Tests.Scheduling;

/// <summary>
/// Two service processes on one database; the node running the shortfall job is SIGKILLed mid-run. The test holds the
/// advisory lock that a run takes first (<see cref="ShortfallCalculator.RunLockKey"/>), as a run on a third node would:
/// the job waits for it inside its run, so the kill lands there every time, not by timing. The other node takes the job
/// over once the dead node stops renewing its invisibility (Jobs:InvisibilityTimeoutSeconds), and runs it once the lock
/// is free.
/// </summary>
public sealed class NodeKillTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private WebhookReceiver _webhooks = null!;

    public async Task InitializeAsync() => _webhooks = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _webhooks.DisposeAsync();

    [Fact]
    public async Task A_node_killed_during_the_shortfall_job_leaves_it_to_another_node_and_no_report_goes_out_twice()
    {
        var database = await postgres.CreateDatabaseAsync();
        var settings = new Dictionary<string, string>
        {
            ["Jobs:Enabled"] = "true",
            ["Jobs:InvisibilityTimeoutSeconds"] = "3",
            ["Delivery:AllowInsecureLoopback"] = "true",
        };
        await using var nodeA = ServiceProcess.Start(database, new Dictionary<string, string>(settings) { ["Jobs:ServerName"] = "node-a" });
        await nodeA.WaitUntilReadyAsync(); // the first node migrates; the second finds the schema in place
        await using var nodeB = ServiceProcess.Start(database, new Dictionary<string, string>(settings) { ["Jobs:ServerName"] = "node-b" });
        await nodeB.WaitUntilReadyAsync();
        var coordinator = await SetUpAsync(nodeA);
        await using var runLock = await HoldRunLockAsync(database);

        Assert.Equal(HttpStatusCode.Accepted, (await coordinator.PostAsync("/v1/jobs/shortfall/run", null)).StatusCode);
        await WaitForAsync(database, WaitingForRunLock, nodeA, nodeB);
        var running = await WaitForAsync(database, ServerOfShortfallIn("Processing"), nodeA, nodeB);
        var (victim, survivor) = running.StartsWith("node-a:", StringComparison.Ordinal) ? (nodeA, nodeB) : (nodeB, nodeA);
        await victim.KillAsync();
        await ExecuteAsync(runLock, $"SELECT pg_advisory_unlock({ShortfallCalculator.RunLockKey})");

        var finishedBy = await WaitForAsync(database, ServerOfShortfallIn("Succeeded"), survivor);
        await WaitForAsync(database, """
            SELECT 'all delivered' FROM report_deliveries HAVING count(*) = 2 AND count(*) FILTER (WHERE status = 'delivered') = 2
            """, survivor);

        Assert.NotEqual(running.Split(':')[0], finishedBy.Split(':')[0]);
        Assert.Equal(1L, await ScalarAsync(database, "SELECT count(DISTINCT iso_week) FROM shortfall_snapshots"));
        Assert.True(await ScalarAsync(database, "SELECT coalesce(sum(demand), 0) FROM shortfall_snapshots") >= 1);
        Assert.Equal(["/hooks/first", "/hooks/second"], _webhooks.Received.Select(r => r.Path).Order());
        Assert.Equal(0L, await ScalarAsync(database, "SELECT count(*) FROM report_deliveries WHERE attempts <> 1"));
        Assert.False(survivor.HasExited);
    }

    // A session of this database waiting for the run's advisory lock: a shortfall run has started and waits for the test.
    private static readonly string WaitingForRunLock = $"""
        SELECT 'waiting' FROM pg_locks
        WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND classid = '{ShortfallCalculator.RunLockKey >> 32}'::oid AND objid = '{ShortfallCalculator.RunLockKey & uint.MaxValue}'::oid AND objsubid = 1
        """;

    // The run's advisory lock, held by the test's own session until it unlocks it.
    private static async Task<NpgsqlConnection> HoldRunLockAsync(string database)
    {
        var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({ShortfallCalculator.RunLockKey})");
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // The server that last took the shortfall job, once the job is in the given state.
    private static string ServerOfShortfallIn(string state) => $"""
        SELECT s.data::jsonb ->> 'ServerId' FROM hangfire.state s
        JOIN ({HangfireTables.RunsOfShortfall}) r ON r.id = s.jobid
        WHERE r.statename = '{state}' AND s.name = 'Processing'
        ORDER BY s.id DESC LIMIT 1
        """;

    // Through the first node's API: a student (demand), a coordinator and two subscriptions with webhooks.
    private async Task<HttpClient> SetUpAsync(ServiceProcess node)
    {
        var admin = Client(node, MatchingApiFactory.AdminKey);
        var school = Client(node, await IssueAsync(admin, new { name = "school", role = "school", brin = ApiTestBase.SchoolBrin }));
        Assert.Equal(HttpStatusCode.Created, (await school.PostAsJsonAsync("/v1/students", TestData.Student())).StatusCode);
        var coordinator = Client(node, await IssueAsync(admin, new { name = "coordinator", role = "coordinator", regions = new[] { "rijnmond" } }));
        foreach (var (path, secret) in new[] { ("/hooks/first", "first-secret-0123456789"), ("/hooks/second", "second-secret-0123456789") })
        {
            var response = await coordinator.PostAsJsonAsync("/v1/subscriptions",
                new { regions = new[] { "rijnmond" }, webhookUrl = _webhooks.BaseUrl + path, webhookSecret = secret });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        return coordinator;
    }

    private static HttpClient Client(ServiceProcess node, string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(node.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task<string> IssueAsync(HttpClient admin, object body)
    {
        var response = await admin.PostAsJsonAsync("/v1/api-keys", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
    }

    // Polls until the query returns a row; its first column. Fails after 90 s, with what the nodes said.
    private static async Task<string> WaitForAsync(string database, string sql, params ServiceProcess[] nodes)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            await using (var connection = new NpgsqlConnection(database))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(sql, connection);
                if (await command.ExecuteScalarAsync() is string value)
                {
                    return value;
                }
            }
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for: {sql}\n" + string.Join("\n---\n", nodes.Select(n => n.Output)));
            await Task.Delay(100);
        }
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
