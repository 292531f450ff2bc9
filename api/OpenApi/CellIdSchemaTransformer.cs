using Matching.Jobs.Reports;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>
/// A shortfall cell's id is computed from its key, so every cell has one; the generator cannot tell a get-only property
/// from an optional one and would document it as nullable and optional.
/// </summary>
internal sealed class CellIdSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(ShortfallCell)
            && schema.Properties?.TryGetValue("id", out var found) == true && found is OpenApiSchema id)
        {
            id.Type = JsonSchemaType.String;
            schema.Required ??= new HashSet<string>();
            schema.Required.Add("id");
        }
        return Task.CompletedTask;
    }
}
