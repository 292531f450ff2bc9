using System.Text.Json;

namespace Matching.Api.Validation;

/// <summary>Validation messages name fields as the JSON body spells them.</summary>
internal static class FieldNames
{
    public static string Of(string propertyName) => JsonNamingPolicy.CamelCase.ConvertName(propertyName);

    /// <summary>
    /// Re-keys validation errors from C# property paths ("Students[0].Pc4") to the JSON names
    /// ("students[0].pc4"), merging messages that land on the same key.
    /// </summary>
    public static IDictionary<string, string[]> InJsonCase(IDictionary<string, string[]> errors)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, messages) in errors)
        {
            var name = string.Join('.', key.Split('.').Select(Of));
            result[name] = result.TryGetValue(name, out var existing) ? [.. existing, .. messages] : messages;
        }
        return result;
    }
}
