using System.Text.Json;

namespace Matching.Api.Validation;

/// <summary>Validation messages name fields as the JSON body spells them.</summary>
internal static class FieldNames
{
    public static string Of(string propertyName) => JsonNamingPolicy.CamelCase.ConvertName(propertyName);
}
