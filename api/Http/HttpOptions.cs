using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Http;

/// <summary>Request handling (configuration section "Http").</summary>
internal sealed class HttpOptions
{
    public const string Section = "Http";

    /// <summary>The backstop against a hang: a request still running after this long is cancelled and answered 503 (endpoints may set their own).</summary>
    [Display(Name = $"{Section}:{nameof(RequestTimeoutSeconds)}")]
    [Range(1, 3600)]
    public int RequestTimeoutSeconds { get; set; } = 30;
}
