using System.Text.Json.Nodes;

namespace Matching.Api.Tests.Contract.Fuzz;

/// <summary>An OpenAPI 3.1 document as JSON, with its operations and $ref resolution.</summary>
public sealed class ApiDocument(JsonObject root)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public JsonObject Root => root;

    /// <summary>The schema a $ref points at (followed until it is not a reference), or the node itself.</summary>
    public JsonObject Resolve(JsonNode node)
    {
        var current = node.AsObject();
        while (current["$ref"]?.GetValue<string>() is { } reference)
        {
            JsonNode target = root;
            foreach (var part in reference.TrimStart('#', '/').Split('/'))
            {
                target = target[part.Replace("~1", "/").Replace("~0", "~")] ?? throw new InvalidOperationException($"Unresolvable $ref {reference}");
            }
            current = target.AsObject();
        }
        return current;
    }

    /// <summary>The last segment of a $ref ("StudentRequest"), or null for an inline schema.</summary>
    public static string? RefName(JsonNode schema) => schema["$ref"]?.GetValue<string>().Split('/')[^1];

    public IReadOnlyList<ApiOperation> Operations() =>
    [
        .. root["paths"]!.AsObject().SelectMany(path => Methods
            .Where(method => path.Value![method] is not null)
            .Select(method => Operation(path.Key, method, path.Value![method]!.AsObject()))),
    ];

    private ApiOperation Operation(string path, string method, JsonObject node)
    {
        var parameters = (node["parameters"]?.AsArray() ?? []).Select(p => Resolve(p!)).ToList();
        var body = node["requestBody"] is { } requestBody ? Resolve(requestBody) : null;
        return new ApiOperation(path, method.ToUpperInvariant(), node["operationId"]!.GetValue<string>(), node, parameters,
            body?["content"]?["application/json"]?["schema"], body?["required"]?.GetValue<bool>() == true,
            node["security"] is JsonArray { Count: 0 });
    }
}
