using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Http;

/// <summary>The browser origins allowed to call the API (configuration section "Cors"); none: CORS stays closed.</summary>
internal sealed class CorsOriginsOptions : IValidatableObject
{
    public const string Section = "Cors";

    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>The origins as a browser sends them: blank entries skipped, no trailing slash.</summary>
    public string[] Origins() =>
        [.. AllowedOrigins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/'))];

    // An origin a browser never sends (no scheme, a path) would silently allow nothing.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Origins().Where(origin => !IsOrigin(origin)).Select(origin => new ValidationResult(
            $"{Section}:{nameof(AllowedOrigins)} holds '{origin}', which is not an origin such as https://portal.example (http or https, a host and an optional port, nothing after).",
            [nameof(AllowedOrigins)]));

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;
}
