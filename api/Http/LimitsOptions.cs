using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Http;

/// <summary>Request body size limits (configuration section "Limits").</summary>
internal sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>The largest body a request may send, unless its endpoint allows more (<see cref="BodySizeLimit"/>).</summary>
    [Display(Name = $"{Section}:{nameof(MaxRequestBodyBytes)}")]
    [Range(typeof(long), "1024", "1073741824")]
    public long MaxRequestBodyBytes { get; set; } = 1L << 20;

    /// <summary>The server's own limit (Kestrel), for the bulk operations that allow more than the default.</summary>
    [Display(Name = $"{Section}:{nameof(MaxBulkRequestBodyBytes)}")]
    [Range(typeof(long), "1024", "1073741824")]
    public long MaxBulkRequestBodyBytes { get; set; } = 32L << 20;
}
