using Matching.Api.Validation;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>
/// The items of the code lists ([NoNullItems]: sectors, regions, languages) are looked up one by one, so an empty
/// code is refused: the items' schema says so, and a language code has its pattern.
/// </summary>
internal sealed class ListItemsSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var property = context.JsonPropertyInfo;
        if (property?.AttributeProvider?.IsDefined(typeof(NoNullItemsAttribute), true) == true && schema.Items is OpenApiSchema { Type: JsonSchemaType.String } items)
        {
            items.MinLength = 1;
            if (property.Name == "languages")
            {
                items.Pattern = LanguageCodes.Pattern;
            }
        }
        return Task.CompletedTask;
    }
}
