using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Reference;
using Matching.Api.Subscriptions;
using Matching.Api.Validation;
using Matching.Jobs.Delivery;
using Microsoft.Extensions.Options;

namespace Matching.Api.Alerts;

/// <summary>A school's subscription to alerts for new offers, as it creates or replaces it: a filter (or none) and at least one channel.</summary>
public sealed record AlertSubscriptionRequest : IValidatableObject
{
    [MaxLength(50)]
    [Description("Alert only for students of these crebos; empty or absent: any crebo.")]
    public IReadOnlyList<int>? Crebos { get; init; }

    [AllowedValues("BOL", "BBL", null)]
    [Description("Alert only for students on this learning path; absent: both.")]
    public string? LearningPath { get; init; }

    [MaxLength(35), NoNullItems]
    [Description("Alert only for students living in these labour-market regions; empty or absent: any region.")]
    public IReadOnlyList<string>? Regions { get; init; }

    [StringLength(2000, MinimumLength = 1)]
    [Description("Where each notification is POSTed as JSON, signed with HMAC-SHA256 (see docs/webhooks.md). https only.")]
    public string? WebhookUrl { get; init; }

    [StringLength(SubscriptionRequest.MaxSecretLength, MinimumLength = SubscriptionRequest.MinSecretLength,
        ErrorMessage = "The webhook secret is 16 to 256 characters long.")]
    [Description("The key of the webhook's HMAC-SHA256 signature, 16 to 256 characters. Write-only: never returned. "
        + "When replacing a subscription that has one, leave it out to keep it.")]
    public string? WebhookSecret { get; init; }

    [EmailAddress, StringLength(254, MinimumLength = 3)]
    [Description("Where each notification is mailed: a table of the students and their new offers, with the JSON attached.")]
    public string? Email { get; init; }

    [RegularExpression("^[0-9]{2}[A-Z]{2}$", ErrorMessage = "A BRIN code is two digits and two capital letters, e.g. 25LH.")]
    [Description("The school the subscription is for: only an admin key sends it; a school key always subscribes its own school.")]
    public string? SchoolBrin { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        AlertSubscriptionRules.Validate(this, validationContext.GetRequiredService<ReferenceDataSet>(),
            validationContext.GetRequiredService<IOptions<DeliveryOptions>>().Value).ToResults();
}
