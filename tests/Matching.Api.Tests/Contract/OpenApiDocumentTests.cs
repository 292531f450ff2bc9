using System.Text.Json.Nodes;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests.Contract;

/// <summary>The served document lists errors, headers and content types as a client generator needs them.</summary>
public sealed class OpenApiDocumentTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task Every_v1_operation_lists_its_errors_as_problem_json_with_retry_after_on_429_and_503()
    {
        var document = await DocumentAsync();

        foreach (var (path, method, operation) in Operations(document).Where(o => o.Path.StartsWith("/v1/", StringComparison.Ordinal)))
        {
            var responses = operation["responses"]!.AsObject();
            foreach (var status in new[] { "401", "429", "503" })
            {
                Assert.True(responses.ContainsKey(status), $"{method} {path} does not list {status}");
            }
            foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4') || r.Key.StartsWith('5')))
            {
                Assert.True(response!["content"]!.AsObject().ContainsKey("application/problem+json"), $"{method} {path} {status} is not problem+json");
            }
            Assert.NotNull(responses["503"]!["headers"]!["Retry-After"]);
        }
    }

    [Fact]
    public async Task Conditional_and_idempotent_requests_declare_their_headers_and_statuses()
    {
        var document = await DocumentAsync();

        var update = Operation(document, "/v1/students/{id}", "put");
        var create = Operation(document, "/v1/students", "post");

        Assert.Contains(update["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "If-Match" && p["required"]!.GetValue<bool>());
        Assert.NotNull(update["responses"]!["412"]);
        Assert.NotNull(update["responses"]!["428"]);
        Assert.NotNull(update["responses"]!["200"]!["headers"]!["ETag"]);
        var key = create["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "Idempotency-Key")!;
        Assert.Equal("^[!-~]{1,255}$", key["schema"]!["pattern"]!.GetValue<string>());
        Assert.NotNull(create["responses"]!["201"]!["headers"]!["Location"]);
        Assert.NotNull(create["responses"]!["201"]!["headers"]!["Idempotent-Replayed"]);
        Assert.NotNull(create["responses"]!["409"]);
        Assert.NotNull(create["responses"]!["422"]);
    }

    [Fact]
    public async Task The_report_lists_json_csv_and_html_and_its_week_has_a_pattern_and_the_health_endpoints_are_listed()
    {
        var document = await DocumentAsync();

        var report = Operation(document, "/v1/reports/{isoWeek}", "get");

        Assert.Equal(["application/json", "text/csv", "text/html"], report["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key).Order());
        Assert.Equal("^[0-9]{4}-W[0-9]{2}$", report["parameters"]![0]!["schema"]!["pattern"]!.GetValue<string>());
        Assert.Empty(Operation(document, "/health/live", "get")["security"]!.AsArray());
        Assert.NotNull(Operation(document, "/health/ready", "get")["responses"]!["503"]);
    }

    private async Task<JsonObject> DocumentAsync() => JsonNode.Parse(await Anonymous().GetStringAsync("/openapi/v1.json"))!.AsObject();

    private static JsonObject Operation(JsonObject document, string path, string method) => document["paths"]![path]![method]!.AsObject();

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch")
            .Select(o => (path.Key, o.Key, o.Value!.AsObject())));
}
