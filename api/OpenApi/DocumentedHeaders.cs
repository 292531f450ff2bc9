using Matching.Api.Idempotency;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>The response headers a client acts on, as the document declares them.</summary>
internal static class DocumentedHeaders
{
    public static OpenApiHeader RetryAfter() => Header("How many seconds to wait before retrying.", JsonSchemaType.Integer, required: true);

    public static OpenApiHeader ETag() =>
        Header("The version of the resource as a strong ETag, e.g. \"3\": send it in If-Match to change it.", JsonSchemaType.String, required: true);

    public static OpenApiHeader Location(string what) => Header($"The URL of {what}.", JsonSchemaType.String, required: true);

    public static OpenApiHeader Replayed() => Header(
        $"'true' when this is the stored response to an earlier request with the same {IdempotentOperations.HeaderName}.",
        JsonSchemaType.String, required: false);

    private static OpenApiHeader Header(string description, JsonSchemaType type, bool required) =>
        new() { Description = description, Required = required, Schema = new OpenApiSchema { Type = type } };
}
