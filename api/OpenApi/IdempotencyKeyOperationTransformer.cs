using Matching.Api.Idempotency;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>Documents the Idempotency-Key header on exactly the operations the idempotency middleware honours it on.</summary>
internal sealed class IdempotencyKeyOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        if (description.HttpMethod is not { } method || !IdempotentOperations.Applies(method, description.ActionDescriptor.EndpointMetadata))
        {
            return Task.CompletedTask;
        }
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotentOperations.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            Description = "A key of your choosing (1 to 255 visible ASCII characters, e.g. a UUID) that makes a retry safe: "
                + "for 24 hours the same key with the same request returns the first successful response again (with "
                + $"'{IdempotentOperations.ReplayedHeaderName}: true') and creates nothing; with a different request it is 422; "
                + "while the first is still running it is 409. Keys are per API key; a request that fails releases its key.",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MinLength = 1,
                MaxLength = IdempotentOperations.MaxKeyLength,
                Pattern = $"^[!-~]{{1,{IdempotentOperations.MaxKeyLength}}}$",
            },
        });
        return Task.CompletedTask;
    }
}
