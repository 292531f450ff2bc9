using Matching.Api.Http;
using Matching.Api.Idempotency;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>
/// Declares the headers of conditional and idempotent requests: If-Match where the handler reads it, ETag on every
/// success whose body is a versioned resource, Location on 201 and 202, and Idempotent-Replayed where a stored
/// response can be replayed.
/// </summary>
internal sealed class ResponseHeadersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IfMatchHeader>().FirstOrDefault() is { } ifMatch)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IfMatchHeader.Name,
                In = ParameterLocation.Header,
                Required = ifMatch.Required,
                Description = (ifMatch.Required ? "Required: " : "Optional: ")
                    + "the ETag you read (e.g. \"3\"), or * for any current version. Compared strongly (RFC 9110): a weak W/\"3\" never matches; "
                    + "a stale version gets 412 and changes nothing.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1 },
            });
        }
        var idempotent = description.HttpMethod is { } method && IdempotentOperations.Applies(method, metadata);
        foreach (var type in description.SupportedResponseTypes.Where(t => t.StatusCode is >= 200 and < 300))
        {
            if (operation.Responses?.TryGetValue(type.StatusCode.ToString(), out var found) != true || found is not OpenApiResponse response)
            {
                continue;
            }
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (type.Type?.GetProperty("Version")?.PropertyType == typeof(int))
            {
                response.Headers["ETag"] = DocumentedHeaders.ETag();
            }
            if (type.StatusCode is StatusCodes.Status201Created)
            {
                response.Headers["Location"] = DocumentedHeaders.Location("the created resource: GET it to read it again");
            }
            if (type.StatusCode is StatusCodes.Status202Accepted)
            {
                response.Headers["Location"] = DocumentedHeaders.Location("where to follow the queued work");
            }
            if (idempotent)
            {
                response.Headers[IdempotentOperations.ReplayedHeaderName] = DocumentedHeaders.Replayed();
            }
            if (response.Headers.Count == 0)
            {
                response.Headers = null;
            }
        }
        return Task.CompletedTask;
    }
}
