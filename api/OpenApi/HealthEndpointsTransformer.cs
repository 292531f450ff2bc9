using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>
/// The health endpoints are health-check middleware, not API endpoints, so the generator does not see them;
/// load balancers and operators call them, without a key.
/// </summary>
internal sealed class HealthEndpointsTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Paths ??= [];
        document.Paths["/health/live"] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = Operation("LiveHealth", "Whether the process answers", "200 while the process runs; restart the node when it does not answer.",
                    new() { ["200"] = Text("The process answers.", "Healthy") }),
            },
        };
        var report = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "status", "checks" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["status"] = Status(),
                ["checks"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    AdditionalProperties = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "status" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["status"] = Status(),
                            ["description"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                        },
                    },
                },
            },
        };
        document.Paths["/health/ready"] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = Operation("ReadyHealth", "Whether the node can serve",
                    "200 when the database answers, the schema is current and the match indexes are loaded and caught up; 503 while starting or while the database is unreachable. Route traffic to ready nodes only.",
                    new()
                    {
                        ["200"] = Json("Ready.", report),
                        ["503"] = Json("Not ready: `checks` says which check failed.", report),
                    }),
            },
        };
        return Task.CompletedTask;
    }

    private static OpenApiOperation Operation(string id, string summary, string description, OpenApiResponses responses) => new()
    {
        OperationId = id,
        Summary = summary,
        Description = description,
        Tags = new HashSet<OpenApiTagReference> { new("Operations") },
        // No key: the document-wide requirement does not apply.
        Security = [],
        Responses = responses,
    };

    private static OpenApiSchema Status() => new()
    {
        Type = JsonSchemaType.String,
        Enum = [JsonValue.Create("Healthy")!, JsonValue.Create("Degraded")!, JsonValue.Create("Unhealthy")!],
    };

    private static OpenApiResponse Text(string description, string example) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(example)!] } },
        },
    };

    private static OpenApiResponse Json(string description, OpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
    };
}
