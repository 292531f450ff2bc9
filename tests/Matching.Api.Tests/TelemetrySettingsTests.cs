using System.Net;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

/// <summary>Telemetry settings are checked when a node starts: a wrong one stops it with a message that names the setting.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TelemetrySettingsTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_node_whose_otlp_endpoint_is_not_a_url_does_not_start_and_names_the_setting()
    {
        await using var node = new MatchingApiFactory(await postgres.CreateMigratedDatabaseAsync(),
            new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = "otel-collector:4317" });

        var error = Assert.ThrowsAny<Exception>(() => node.CreateClient());

        Assert.Contains("Telemetry:OtlpEndpoint 'otel-collector:4317' is not an absolute http or https URL", error.ToString());
    }

    [Fact]
    public async Task A_node_that_pushes_to_a_collector_over_http_starts_and_serves()
    {
        await using var node = new MatchingApiFactory(await postgres.CreateMigratedDatabaseAsync(), new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:4318",
            ["Telemetry:OtlpProtocol"] = "HttpProtobuf",
        });

        await node.WaitUntilReadyAsync();

        Assert.Equal(HttpStatusCode.OK, (await node.CreateClient().GetAsync("/health/live")).StatusCode);
    }
}
