namespace Matching.Api.Validation;

internal static class LanguageCodes
{
    public static bool IsValid(string code) => code.Length == 2 && char.IsAsciiLetterLower(code[0]) && char.IsAsciiLetterLower(code[1]);
}
