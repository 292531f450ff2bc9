using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Auth;

/// <summary>The per-key token bucket (configuration section "RateLimiting").</summary>
internal sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>How many requests a key may make at once.</summary>
    [Display(Name = $"{Section}:{nameof(BurstLimit)}")]
    [Range(1, int.MaxValue)]
    public int BurstLimit { get; set; } = 200;

    /// <summary>How fast its budget refills.</summary>
    [Display(Name = $"{Section}:{nameof(RequestsPerSecond)}")]
    [Range(1, int.MaxValue)]
    public int RequestsPerSecond { get; set; } = 50;
}
