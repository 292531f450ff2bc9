using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Idempotency;

/// <summary>How long Idempotency-Key requests are remembered (configuration section "Idempotency").</summary>
internal sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a completed request's response is replayed for the same key.</summary>
    [Display(Name = $"{Section}:{nameof(RetentionHours)}")]
    [Range(1.0, 8760.0)]
    public double RetentionHours { get; set; } = 24;

    /// <summary>How long a request still pending (its node may have died) holds its key before another may take it over.</summary>
    [Display(Name = $"{Section}:{nameof(LeaseSeconds)}")]
    [Range(1.0, 86_400.0)]
    public double LeaseSeconds { get; set; } = 120;

    /// <summary>How often every node deletes the expired records.</summary>
    [Display(Name = $"{Section}:{nameof(CleanupIntervalMinutes)}")]
    [Range(1.0, 1440.0)]
    public double CleanupIntervalMinutes { get; set; } = 60;

    public TimeSpan Retention => TimeSpan.FromHours(RetentionHours);

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan CleanupInterval => TimeSpan.FromMinutes(CleanupIntervalMinutes);
}
