using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>References to component schemas for types that transformers add, such as ProblemDetails, created once per document.</summary>
internal static class SchemaReferences
{
    public static async Task<IOpenApiSchema> ReferenceAsync(Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(type.Name))
        {
            document.Components.Schemas[type.Name] = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
        }
        return new OpenApiSchemaReference(type.Name, document);
    }
}
