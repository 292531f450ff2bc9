using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>The report's week in the path says what it is; its schema (a string with a pattern) comes from <see cref="IsoWeekSchemaTransformer"/>.</summary>
internal sealed class IsoWeekParameterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p is { In: ParameterLocation.Path, Name: "isoWeek" }))
        {
            parameter.Description ??= $"An ISO week, e.g. {Matching.Jobs.IsoWeek.Example}.";
        }
        return Task.CompletedTask;
    }
}
