using System.ComponentModel.DataAnnotations;

namespace Matching.Jobs.Delivery;

/// <summary>The "Delivery" configuration section: how reports go out after each shortfall run.</summary>
public sealed class DeliveryOptions : IValidatableObject
{
    public const string Section = "Delivery";

    /// <summary>Attempts per subscription, week and channel before the delivery is marked failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed attempt; it doubles after each further one.</summary>
    public double BaseDelaySeconds { get; set; } = 30;

    /// <summary>The longest wait between two attempts.</summary>
    public double MaxDelaySeconds { get; set; } = 3600;

    /// <summary>
    /// How long an attempt holds a delivery before another may take it over (when its node died mid-send): it must
    /// outlast the slowest send (the webhook and SMTP timeouts), or a slow send could be repeated.
    /// </summary>
    public int LeaseSeconds { get; set; } = 300;

    public int WebhookTimeoutSeconds { get; set; } = 10;

    /// <summary>Accept webhook receivers on loopback (localhost, 127.0.0.1, ::1), over http too: for tests and local receivers only.</summary>
    public bool AllowInsecureLoopback { get; set; }

    /// <summary>
    /// Let webhooks reach private, link-local and other non-public addresses (an on-premises receiver). Off by default:
    /// a coordinator's URL must not become a way into the service's own network.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>The wait before the next attempt after <paramref name="attempts"/> failed ones.</summary>
    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(MaxDelaySeconds, BaseDelaySeconds * Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <summary>Start-up check; the lease's rule, which spans the Smtp section too, is in JobsSetup.</summary>
    public IEnumerable<string> Problems()
    {
        if (MaxAttempts < 1)
        {
            yield return "Delivery:MaxAttempts must be at least 1.";
        }
        if (BaseDelaySeconds < 0)
        {
            yield return "Delivery:BaseDelaySeconds must not be negative.";
        }
        if (MaxDelaySeconds < BaseDelaySeconds)
        {
            yield return "Delivery:MaxDelaySeconds must not be below Delivery:BaseDelaySeconds.";
        }
        if (WebhookTimeoutSeconds < 1)
        {
            yield return "Delivery:WebhookTimeoutSeconds must be at least 1.";
        }
    }

    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext) =>
        Problems().Select(problem => new ValidationResult(problem));
}
