using Matching.Api.Rounds;
using Matching.Api.Validation;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>
/// The items of the code lists ([NoNullItems]: sectors, regions, languages, candidateRefs) are looked up one by one, so an
/// empty code is refused: the items' schema says so, and a language code and a candidateRef have their pattern.
/// </summary>
internal sealed class ListItemsSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var property = context.JsonPropertyInfo;
        if (property?.AttributeProvider?.IsDefined(typeof(NoNullItemsAttribute), true) == true && schema.Items is OpenApiSchema { Type: JsonSchemaType.String } items)
        {
            items.MinLength = 1;
            items.Pattern = property.Name switch
            {
                "languages" => LanguageCodes.Pattern,
                "candidateRefs" => OfferRankingRequest.CandidateRefPattern,
                _ => items.Pattern,
            };
        }
        return Task.CompletedTask;
    }
}
