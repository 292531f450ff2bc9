using System.Text.Json;
using System.Text.RegularExpressions;
using Matching.Api.Validation;
using Matching.Jobs;
using Microsoft.AspNetCore.Mvc;

namespace Matching.Api.Errors;

/// <summary>
/// Words a request that could not be bound for a client in any language: the field and the JSON type it needs
/// ("must be a UUID"), never the framework's .NET type names such as System.Guid or Nullable&lt;int&gt;.
/// </summary>
internal static partial class BadRequestProblems
{
    private const string ValidationTitle = "One or more validation errors occurred.";

    public static ProblemDetails Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            return DescribeJson(json);
        }
        if (BindingFailed().Match(exception.Message) is { Success: true } failed)
        {
            var name = FieldNames.Of(failed.Groups["name"].Value);
            return Validation(name, $"The {name} parameter must be {JsonKind(failed.Groups["type"].Value)}.");
        }
        if (NotProvided().Match(exception.Message) is { Success: true } missing)
        {
            return missing.Groups["source"].Value == "body"
                ? Validation("", "The request needs a JSON body.")
                : Validation(FieldNames.Of(missing.Groups["name"].Value), $"The {FieldNames.Of(missing.Groups["name"].Value)} parameter is required.");
        }
        return new ProblemDetails
        {
            Status = exception.StatusCode,
            Title = exception.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "Request body too large",
                StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
                _ => "Bad request",
            },
            Detail = WithoutTypeNames(exception.Message),
        };
    }

    private static ProblemDetails DescribeJson(JsonException json)
    {
        var field = json.Path is null or "$" ? "" : json.Path.StartsWith("$.", StringComparison.Ordinal) ? json.Path[2..] : json.Path.TrimStart('$');
        if (NotConvertible().Match(json.Message) is { Success: true } converted)
        {
            var what = field.Length == 0 ? "The request body" : $"The value of {field}";
            return Validation(field, $"{what} must be {JsonKind(converted.Groups["type"].Value)}.");
        }
        if (MissingRequired().Match(json.Message) is { Success: true } missing)
        {
            var names = missing.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries).Select(n => n.Trim('\''));
            return Validation(names.ToDictionary(n => n, n => new[] { $"The {n} field is required." }));
        }
        if (DuplicateProperty().Match(json.Message) is { Success: true } duplicate)
        {
            var name = duplicate.Groups["name"].Value;
            return Validation(name, $"The {name} field appears more than once.");
        }
        // Syntax errors: the reader's message says what and where, and names no type.
        var message = json.Message.Split(" Path: ")[0];
        var position = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : "";
        return new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Bad request",
            Detail = $"The request body is not valid JSON{position}: {WithoutTypeNames(message)}",
        };
    }

    /// <summary>What a .NET type is in JSON's words: "System.Nullable`1[System.Guid]" and "Nullable&lt;Guid&gt;" are both a UUID.</summary>
    private static string JsonKind(string type) => type switch
    {
        _ when type.Contains(nameof(IsoWeek), StringComparison.Ordinal) => $"an ISO week such as {IsoWeek.Example}",
        _ when type.Contains("List", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) => "an array",
        _ when type.Contains("Guid", StringComparison.Ordinal) => "a UUID",
        _ when type.Contains("DateOnly", StringComparison.Ordinal) => "a date such as 2027-02-01",
        _ when type.Contains("DateTime", StringComparison.Ordinal) => "a date and time such as 2027-02-01T09:00:00Z",
        _ when IntegerType().IsMatch(type) => "an integer",
        _ when NumberType().IsMatch(type) => "a number",
        _ when BooleanType().IsMatch(type) => "true or false",
        _ when StringType().IsMatch(type) => "a string",
        _ => "a JSON object",
    };

    private static string WithoutTypeNames(string message) => TypeName().Replace(message, "the expected type");

    private static HttpValidationProblemDetails Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    private static HttpValidationProblemDetails Validation(Dictionary<string, string[]> errors) =>
        new(errors) { Status = StatusCodes.Status400BadRequest, Title = ValidationTitle };

    [GeneratedRegex("^Failed to bind parameter \"(?<type>.+) (?<name>[^ \"]+)\" from \".*\"\\.$", RegexOptions.Singleline)]
    private static partial Regex BindingFailed();

    [GeneratedRegex("^Required parameter \"(?<type>.+) (?<name>[^ \"]+)\" was not provided from (?<source>.+)\\.$", RegexOptions.Singleline)]
    private static partial Regex NotProvided();

    [GeneratedRegex("could not be converted to (?<type>\\S+?)\\.( Path:|$)")]
    private static partial Regex NotConvertible();

    [GeneratedRegex("missing required properties,? including:? (?<names>'[^']*'(, '[^']*')*)")]
    private static partial Regex MissingRequired();

    [GeneratedRegex("Duplicate property '(?<name>[^']*)'")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex("(Int16|Int32|Int64|\\bint\\b|\\blong\\b|\\bshort\\b)")]
    private static partial Regex IntegerType();

    [GeneratedRegex("(Double|Single|Decimal|\\bdouble\\b|\\bfloat\\b|\\bdecimal\\b)")]
    private static partial Regex NumberType();

    [GeneratedRegex("(Boolean|\\bbool\\b)")]
    private static partial Regex BooleanType();

    [GeneratedRegex("(String|\\bstring\\b)")]
    private static partial Regex StringType();

    [GeneratedRegex("'?\\b(System|Matching|Microsoft)(\\.[\\w`\\[\\],]+)+'?|\\bNullable<[^>]*>")]
    private static partial Regex TypeName();
}
