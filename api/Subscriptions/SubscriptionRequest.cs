using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Reference;
using Matching.Api.Validation;
using Matching.Jobs.Delivery;
using Microsoft.Extensions.Options;

namespace Matching.Api.Subscriptions;

/// <summary>A subscription to the weekly shortfall report, as a coordinator creates or replaces it: at least one channel.</summary>
public sealed record SubscriptionRequest : IValidatableObject
{
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 256;

    [MaxLength(35), NoNullItems]
    [Description("Labour-market region codes to report on, each one the key follows; empty or absent: all the key's regions.")]
    public IReadOnlyList<string>? Regions { get; init; }

    [MaxLength(9), NoNullItems]
    [Description("Sector codes to report on, each one the key follows; empty or absent: all the key's sectors.")]
    public IReadOnlyList<string>? Sectors { get; init; }

    [StringLength(2000, MinimumLength = 1)]
    [Description("Where each week's report is POSTed as JSON, signed with HMAC-SHA256 (see docs/webhooks.md). https only.")]
    public string? WebhookUrl { get; init; }

    [StringLength(MaxSecretLength, MinimumLength = MinSecretLength, ErrorMessage = "The webhook secret is 16 to 256 characters long.")]
    [Description("The key of the webhook's HMAC-SHA256 signature, 16 to 256 characters. Write-only: never returned. "
        + "When replacing a subscription that has one, leave it out to keep it.")]
    public string? WebhookSecret { get; init; }

    [EmailAddress, StringLength(254, MinimumLength = 3)]
    [Description("Where each week's report is mailed: the HTML report as the body, the CSV attached.")]
    public string? Email { get; init; }

    [Description("The coordinator key the subscription belongs to: only an admin key sends it; a coordinator key always subscribes itself.")]
    public Guid? ApiKeyId { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        SubscriptionRules.Validate(this, validationContext.GetRequiredService<ReferenceDataSet>(),
            validationContext.GetRequiredService<IOptions<DeliveryOptions>>().Value).ToResults();
}
