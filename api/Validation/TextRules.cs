namespace Matching.Api.Validation;

/// <summary>Checks on free text that a length limit alone does not cover.</summary>
internal static class TextRules
{
    // Line breaks and tabs are normal in free text; other control characters only ever come from broken or hostile clients.
    public static bool HasControlCharacters(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
}
