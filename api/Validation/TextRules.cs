namespace Matching.Api.Validation;

/// <summary>Checks on free text that a length limit alone does not cover.</summary>
internal static class TextRules
{
    /// <summary>
    /// Control characters other than line breaks and tabs, unpaired surrogates (not text; PostgreSQL cannot store
    /// them) and the bidirectional embedding, override and isolate controls that can make text display other than it
    /// reads (as in "Trojan Source"): they only ever come from broken or hostile clients.
    /// </summary>
    public static bool HasControlCharacters(string? text)
    {
        if (text is null)
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || char.IsSurrogate(c) || IsBidiControl(c))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
