using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Matching.Api.Tests.Contract.Fuzz;

/// <summary>
/// Checks a JSON value against the subset of JSON Schema the document uses: $ref, type (with "null" in a type list),
/// nullable, required, properties, additionalProperties, items, enum, min/maxLength, min/maxItems, minimum/maximum,
/// pattern, oneOf/anyOf/allOf, and the formats uuid, date, date-time, int32 and int64.
/// </summary>
public sealed class SchemaChecker(ApiDocument document)
{
    public List<string> Check(JsonNode? value, JsonNode schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors);
        return errors;
    }

    private void Check(JsonNode? value, JsonNode schemaNode, string at, List<string> errors)
    {
        var schema = document.Resolve(schemaNode);
        if (schema["allOf"] is JsonArray all)
        {
            foreach (var part in all)
            {
                Check(value, part!, at, errors);
            }
        }
        if ((schema["oneOf"] ?? schema["anyOf"]) is JsonArray alternatives && !alternatives.Any(a => Check(value, a!).Count == 0))
        {
            errors.Add($"{at}: matches none of the alternatives");
            return;
        }
        var kind = Kind(value);
        var types = Types(schema);
        if (value is null)
        {
            if (types.Count > 0 && !types.Contains("null"))
            {
                errors.Add($"{at}: null where {string.Join("|", types)} is expected");
            }
            return;
        }
        if (types.Count > 0 && !types.Contains(kind) && !(kind == "integer" && types.Contains("number")))
        {
            errors.Add($"{at}: {kind} where {string.Join("|", types)} is expected");
            return;
        }
        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            errors.Add($"{at}: {value.ToJsonString()} is not one of {allowed.ToJsonString()}");
        }
        switch (value)
        {
            case JsonObject obj:
                CheckObject(obj, schema, at, errors);
                break;
            case JsonArray array:
                CheckLength(array.Count, schema, "minItems", "maxItems", at, errors);
                if (schema["items"] is { } items)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        Check(array[i], items, $"{at}[{i}]", errors);
                    }
                }
                break;
            case JsonValue scalar when kind == "string":
                CheckString(scalar.GetValue<string>(), schema, at, errors);
                break;
            case JsonValue scalar when kind is "integer" or "number":
                CheckNumber(scalar.GetValue<decimal>(), schema, at, errors);
                break;
        }
    }

    private void CheckObject(JsonObject obj, JsonObject schema, string at, List<string> errors)
    {
        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!obj.ContainsKey(required!.GetValue<string>()))
            {
                errors.Add($"{at}: the required property {required} is missing");
            }
        }
        var properties = schema["properties"]?.AsObject();
        foreach (var (name, value) in obj)
        {
            if (properties?[name] is { } property)
            {
                Check(value, property, $"{at}.{name}", errors);
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                Check(value, additional, $"{at}.{name}", errors);
            }
            else if (schema["additionalProperties"] is JsonValue no && !no.GetValue<bool>())
            {
                errors.Add($"{at}: the property {name} is not in the schema");
            }
        }
    }

    private static void CheckString(string text, JsonObject schema, string at, List<string> errors)
    {
        CheckLength(new StringInfo(text).LengthInTextElements, schema, "minLength", "maxLength", at, errors);
        if (schema["pattern"]?.GetValue<string>() is { } pattern && !Regex.IsMatch(text, pattern))
        {
            errors.Add($"{at}: \"{text}\" does not match {pattern}");
        }
        var valid = schema["format"]?.GetValue<string>() switch
        {
            "uuid" => Guid.TryParseExact(text, "D", out _),
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) && text.Contains('T'),
            _ => true,
        };
        if (!valid)
        {
            errors.Add($"{at}: \"{text}\" is not a {schema["format"]}");
        }
    }

    private static void CheckNumber(decimal number, JsonObject schema, string at, List<string> errors)
    {
        if (schema["minimum"] is { } minimum && number < minimum.GetValue<decimal>())
        {
            errors.Add($"{at}: {number} is below the minimum {minimum}");
        }
        if (schema["maximum"] is { } maximum && number > maximum.GetValue<decimal>())
        {
            errors.Add($"{at}: {number} is above the maximum {maximum}");
        }
        var (low, high) = schema["format"]?.GetValue<string>() switch
        {
            "int32" => (int.MinValue, int.MaxValue),
            "int64" => (long.MinValue, (decimal)long.MaxValue),
            _ => (decimal.MinValue, decimal.MaxValue),
        };
        if (number < low || number > high)
        {
            errors.Add($"{at}: {number} is outside {schema["format"]}");
        }
    }

    private static void CheckLength(int length, JsonObject schema, string min, string max, string at, List<string> errors)
    {
        if (schema[min] is { } low && length < low.GetValue<int>())
        {
            errors.Add($"{at}: length {length} is below {min} {low}");
        }
        if (schema[max] is { } high && length > high.GetValue<int>())
        {
            errors.Add($"{at}: length {length} is above {max} {high}");
        }
    }

    public static List<string> Types(JsonObject schema)
    {
        var types = schema["type"] switch
        {
            JsonArray list => list.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => [],
        };
        if (schema["nullable"]?.GetValue<bool>() == true)
        {
            types.Add("null");
        }
        return types;
    }

    public static string Kind(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number when value.AsValue().TryGetValue<decimal>(out var d) && d == decimal.Truncate(d) && !value.ToJsonString().Contains('.') => "integer",
        _ => "number",
    };
}
