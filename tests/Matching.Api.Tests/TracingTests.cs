using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Matching.Api.Telemetry;
using Matching.Api.Tests.Infrastructure;
using Matching.Tests.Service;
using Matching.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Matching.Api.Tests;

/// <summary>Traces as a collector receives them over OTLP, here from an in-memory exporter beside it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TracingTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task A_match_request_is_one_trace_with_its_queries_and_background_polling_makes_no_traces()
    {
        var school = await SchoolAsync();
        var student = (await ReadJsonAsync(await school.PostAsJsonAsync("/v1/students", TestData.Student())))["id"]!.GetValue<Guid>();
        var spans = new ExportedSpans();
        await using var node = App.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))));
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = school.DefaultRequestHeaders.Authorization;
        await ReadyAsync(node);

        var response = await client.GetAsync($"/v1/students/{student}/matches");
        var request = await SpanAsync(spans, span => span.GetTagItem("http.route") as string == "/v1/students/{id:guid}/matches");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Contains(spans.Snapshot(), span => span.Source.Name == "Npgsql" && span.TraceId == request.TraceId);
        // Loading the indexes and polling the change sequence ran queries before and during the request, none of them traced.
        Assert.DoesNotContain(spans.Snapshot(), span => span.Source.Name == "Npgsql" && span.ParentSpanId == default);
        Assert.DoesNotContain(spans.Snapshot(), span => span.GetTagItem("http.route") as string == "/health/ready");
    }

    [Fact]
    public async Task A_call_to_a_webhook_shows_only_its_origin_not_its_path_or_query()
    {
        var spans = new ExportedSpans();
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddHttpClientInstrumentation()
            .AddProcessor(new TraceScrubbingProcessor())
            .AddInMemoryExporter(spans)
            .Build();
        await using var receiver = await WebhookReceiver.StartAsync();
        using var http = new HttpClient();

        var response = await http.PostAsync($"{receiver.BaseUrl}/hooks/T0001/B0002/secret-token?signature=abc", new StringContent("{}"));
        var call = await SpanAsync(spans, span => span.Source.Name == "System.Net.Http"
            && (span.GetTagItem("url.full") as string)?.StartsWith(receiver.BaseUrl, StringComparison.Ordinal) == true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(receiver.BaseUrl + "/", call.GetTagItem("url.full"));
    }

    // A span is exported when it ends, which for a request can be just after its response has reached the client.
    private static async Task<Activity> SpanAsync(ExportedSpans spans, Func<Activity, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (spans.Snapshot().FirstOrDefault(match) is { } span)
            {
                return span;
            }
            Assert.True(DateTime.UtcNow < deadline, "No such span was exported within 10 s.");
            await Task.Delay(10);
        }
    }

    private static async Task ReadyAsync(WebApplicationFactory<Program> node)
    {
        var client = node.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "The traced node did not become ready within 30 s.");
            await Task.Delay(20);
        }
    }
}
