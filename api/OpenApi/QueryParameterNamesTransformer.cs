using Matching.Api.Validation;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>
/// Query parameters bind case-insensitively, so the document can name them as clients write
/// them: camelCase, like the JSON bodies.
/// </summary>
internal sealed class QueryParameterNamesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            parameter.Name = FieldNames.Of(parameter.Name!);
        }
        return Task.CompletedTask;
    }
}
