using System.Text.Json.Serialization.Metadata;
using Matching.Jobs;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>
/// An <see cref="IsoWeek"/> is a string on the wire (its JSON converter and IParsable), which the generator cannot see:
/// it is described as one, nullable where the value is, with its pattern where a client sends it (a parameter).
/// </summary>
internal sealed class IsoWeekSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // A parameter's schema is generated as a string already (IParsable); the type of what it binds to says it is a week.
        if (context.ParameterDescription is { } parameter)
        {
            if (IsIsoWeek(parameter.Type))
            {
                schema.Pattern = IsoWeek.Pattern;
            }
            return Task.CompletedTask;
        }
        var type = context.JsonTypeInfo.Type;
        if (IsIsoWeek(type))
        {
            schema.Type = type == typeof(IsoWeek) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
        }
        return Task.CompletedTask;
    }

    /// <summary>Inline where it is used, as a string is, rather than a component of its own.</summary>
    public static string? ReferenceId(JsonTypeInfo type) => IsIsoWeek(type.Type) ? null : OpenApiOptions.CreateDefaultSchemaReferenceId(type);

    private static bool IsIsoWeek(Type? type) => type == typeof(IsoWeek) || type == typeof(IsoWeek?);
}
