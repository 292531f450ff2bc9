using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Matching.Tests.Service;

/// <summary>The real service in memory, on its own real PostgreSQL database.</summary>
public sealed class MatchingApiFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null, CapturedLogs? logs = null)
    : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-bootstrap-admin-key-0123456789abcdef";

    public string ConnectionString { get; } = connectionString;

    /// <summary>
    /// Polls /health/ready as a load balancer would: a node serves matches only once its indexes
    /// have loaded. Gives up after 30 s.
    /// </summary>
    public async Task WaitUntilReadyAsync()
    {
        var client = CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetAsync("/health/ready")).StatusCode != System.Net.HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The service did not become ready within 30 s.");
            }
            await Task.Delay(20);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Connections opened by connection string (the tests' own, and the job store's) sit idle in Npgsql's global pools,
        // one per connection string, and every test has a database of its own: without this, each test leaves its idle
        // connections open until the run ends, and a full run reaches the server's max_connections (seen as 503s).
        NpgsqlConnection.ClearAllPools();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Matching", ConnectionString);
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        // Tests make many requests from one key; the rate-limit test sets its own, lower budget.
        builder.UseSetting("RateLimiting:BurstLimit", "100000");
        builder.UseSetting("RateLimiting:RequestsPerSecond", "100000");
        // Only the job tests run a Hangfire server; the others would just poll the job queue in the background. Those that
        // do look for due schedules and queued jobs every second, so that nothing waits for long.
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Jobs:SchedulePollingSeconds", "1");
        builder.UseSetting("Jobs:QueuePollSeconds", "1");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }
}
