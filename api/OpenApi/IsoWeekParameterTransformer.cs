using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>The report's week in the path takes the same form as the week filters: 2026-W48.</summary>
internal sealed class IsoWeekParameterTransformer : IOpenApiOperationTransformer
{
    public const string Pattern = "^[0-9]{4}-W[0-9]{2}$";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p is { In: ParameterLocation.Path, Name: "isoWeek" }))
        {
            parameter.Description ??= "An ISO week, e.g. 2026-W48.";
            if (parameter.Schema is OpenApiSchema schema)
            {
                schema.Pattern = Pattern;
            }
        }
        return Task.CompletedTask;
    }
}
