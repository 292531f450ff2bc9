using System.Net;
using Matching.Tests;
using Matching.Tests.Service;

namespace Matching.Api.Tests;

/// <summary>
/// Every setting is checked when a node starts: a wrong one stops the process with a non-zero exit code and a message
/// that names the setting, before the node touches the database.
/// </summary>
public sealed class StartupSettingsTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    // Nothing listens here: a node that got as far as the database would wait for it, not stop.
    private const string UnreachableDatabase = "Host=127.0.0.1;Port=9;Username=matching;Database=matching";

    private static readonly TimeSpan StopsWithin = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string, string> WrongSettings => new()
    {
        { "Database:CommandTimeoutSeconds", "-1", "Database:CommandTimeoutSeconds must be between 1 and 3600" },
        { "ConnectionStrings:Matching", "Host=127.0.0.1;Colour=blue", "ConnectionStrings:Matching is not a valid Npgsql connection string" },
        { "Http:RequestTimeoutSeconds", "abc", "'Http:RequestTimeoutSeconds'" },
        { "Limits:MaxRequestBodyBytes", "0", "Limits:MaxRequestBodyBytes must be between 1024 and 1073741824" },
        { "RateLimiting:RequestsPerSecond", "0", "RateLimiting:RequestsPerSecond must be between 1 and 2147483647" },
        { "Auth:BootstrapAdminKey", "too-short", "Auth:BootstrapAdminKey must be at least 32 characters long" },
        { "Idempotency:RetentionHours", "0", "Idempotency:RetentionHours must be between 1 and 8760" },
        { "Indexing:PollIntervalMilliseconds", "0", "Indexing:PollIntervalMilliseconds must be between 10 and 60000" },
        { "Indexing:SnapshotIntervalMinutes", "0", "Indexing:SnapshotIntervalMinutes must be between 1 and 1440" },
        { "Indexing:SnapshotMaxChangesBehind", "-1", "Indexing:SnapshotMaxChangesBehind must be between 0 and 2147483647" },
        { "Cors:AllowedOrigins:0", "portal.example", "Cors:AllowedOrigins holds 'portal.example', which is not an origin" },
        { "Matching:DiversifyWindow", "5", "Matching:DiversifyWindow must be between 10 and 1000" },
        { "Telemetry:ServiceName", "Matching API", "Telemetry:ServiceName must be lower case letters" },
        { "Jobs:DashboardSessionMinutes", "0", "Jobs:DashboardSessionMinutes must be between 1 and 1440" },
        { "Jobs:WorkerCount", "0", "Jobs:WorkerCount must be at least 1" },
        { "Retention:AuditMonths", "0", "Retention:AuditMonths must be between 1 and 1200" },
        { "Delivery:MaxAttempts", "0", "Delivery:MaxAttempts must be at least 1" },
        { "Delivery:LeaseSeconds", "10", "Delivery:LeaseSeconds must be longer than Delivery:WebhookTimeoutSeconds and Smtp:TimeoutSeconds" },
        { "Alerts:BatchMinutes", "0", "Alerts:BatchMinutes must be 1 to 1440" },
        { "Smtp:Security", "2", "Smtp:Security must be Auto, SslOnConnect, StartTls or None, not '2'" },
    };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public async Task A_wrong_setting_stops_the_node_with_a_message_naming_it(string key, string value, string message)
    {
        var settings = new Dictionary<string, string> { ["ConnectionStrings:Matching"] = UnreachableDatabase, [key] = value };
        await using var node = ServiceProcess.Start(UnreachableDatabase, settings);

        var exitCode = await node.WaitForExitAsync(StopsWithin);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, node.Output);
        Assert.DoesNotContain("Database not reachable yet", node.Output);
    }

    [Fact]
    public async Task A_cron_expression_that_is_not_one_stops_the_node_naming_the_setting()
    {
        await using var node = ServiceProcess.Start(await postgres.CreateMigratedDatabaseAsync(),
            new Dictionary<string, string> { ["Jobs:ShortfallCron"] = "every monday" });

        var exitCode = await node.WaitForExitAsync(StopsWithin);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Jobs:ShortfallCron 'every monday' is not a cron expression", node.Output);
    }

    [Fact]
    public async Task A_node_with_the_shipped_settings_starts_and_serves()
    {
        await using var node = ServiceProcess.Start(await postgres.CreateMigratedDatabaseAsync(), new Dictionary<string, string>());

        await node.WaitUntilReadyAsync();

        using var client = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{node.BaseUrl}/health/live")).StatusCode);
    }
}
