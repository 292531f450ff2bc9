using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>
/// An operation that answers one status in several content types with different bodies (the report: JSON, CSV, HTML)
/// declares them with one Produces each; the API explorer keeps only the last, so the others are added back here.
/// </summary>
internal sealed class ResponseContentTypesTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var produces in context.Description.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>())
        {
            if (produces.Type is null || operation.Responses?.TryGetValue(produces.StatusCode.ToString(), out var found) != true
                || found is not OpenApiResponse response)
            {
                continue;
            }
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var contentType in produces.ContentTypes.Where(c => !response.Content.ContainsKey(c)))
            {
                var schema = produces.Type == typeof(string)
                    ? new OpenApiSchema { Type = JsonSchemaType.String }
                    : await SchemaReferences.ReferenceAsync(produces.Type, context, cancellationToken);
                response.Content[contentType] = new OpenApiMediaType { Schema = schema };
            }
        }
    }
}
