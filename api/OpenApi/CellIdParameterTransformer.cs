using Matching.Jobs.Shortfalls;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>A shortfall cell's id in the path has the form of <see cref="ShortfallCellId"/>, which a client can check before asking.</summary>
internal sealed class CellIdParameterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p is { In: ParameterLocation.Path, Name: "cellId" }))
        {
            if (parameter.Schema is OpenApiSchema schema)
            {
                schema.Pattern = ShortfallCellId.Pattern;
            }
        }
        return Task.CompletedTask;
    }
}
