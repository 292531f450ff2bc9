using Matching.Api.Telemetry;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>
/// The Prometheus scrape endpoint is the exporter's middleware, not an API endpoint, so the generator does not see it.
/// Operators' scrapers call it with an admin key, which the document says as for any other operation.
/// </summary>
internal sealed class MetricsEndpointTransformer : IOpenApiDocumentTransformer
{
    private const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Paths ??= [];
        document.Paths[TelemetrySetup.MetricsPath] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    OperationId = "GetMetrics",
                    Summary = "This node's metrics, for Prometheus (admin keys only)",
                    Description = "The service's own meter (match, search and candidates latency, index documents and lag, job runs, report deliveries, "
                        + "rate-limit rejections) with ASP.NET Core, HttpClient, Npgsql and .NET runtime metrics, in the Prometheus text format "
                        + "(OpenMetrics when the Accept header asks for it). Each node answers for itself: scrape every node. README.md, Operations, lists what to watch.",
                    Tags = new HashSet<OpenApiTagReference> { new("Operations") },
                    Responses = new OpenApiResponses
                    {
                        ["200"] = new OpenApiResponse
                        {
                            Description = "The metrics.",
                            Content = new Dictionary<string, OpenApiMediaType>
                            {
                                ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                                ["application/openmetrics-text"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                            },
                        },
                        ["401"] = Problem(document, "No API key, or an unknown or revoked one."),
                        ["403"] = Problem(document, "The key is not an admin key."),
                        ["429"] = Problem(document, "This key has used its request budget: retry after Retry-After seconds.", retryAfter: true),
                        ["503"] = Problem(document, "The database is unreachable (the key cannot be checked) or the request took too long: retry after Retry-After seconds.", retryAfter: true),
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    // ProblemDetails is in the document already: every API operation can answer 401.
    private static OpenApiResponse Problem(OpenApiDocument document, string description, bool retryAfter = false) => new()
    {
        Description = description,
        Headers = retryAfter ? new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = DocumentedHeaders.RetryAfter() } : null,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemJson] = new() { Schema = new OpenApiSchemaReference(nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), document) },
        },
    };
}
