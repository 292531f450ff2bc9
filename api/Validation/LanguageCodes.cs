namespace Matching.Api.Validation;

internal static class LanguageCodes
{
    /// <summary>What <see cref="IsValid"/> accepts, for the OpenAPI document.</summary>
    public const string Pattern = "^[a-z]{2}$";

    public static bool IsValid(string code) => code.Length == 2 && char.IsAsciiLetterLower(code[0]) && char.IsAsciiLetterLower(code[1]);
}
