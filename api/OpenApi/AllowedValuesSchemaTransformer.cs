using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>Publishes [AllowedValues] on body properties and query parameters as the schema's enum.</summary>
internal sealed class AllowedValuesSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var attribute = context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(AllowedValuesAttribute), true).OfType<AllowedValuesAttribute>().FirstOrDefault()
            ?? OfQueryProperty(context);
        if (attribute is not null)
        {
            schema.Enum = [.. attribute.Values.OfType<string>().Select(v => (JsonNode)JsonValue.Create(v))];
        }
        return Task.CompletedTask;
    }

    // An [AsParameters] property reaches the generator as a parameter whose metadata names its container type.
    private static AllowedValuesAttribute? OfQueryProperty(OpenApiSchemaTransformerContext context) =>
        context.ParameterDescription?.ModelMetadata is { ContainerType: { } container, PropertyName: { } property }
            ? container.GetProperty(property)?.GetCustomAttribute<AllowedValuesAttribute>()
            : null;
}
