using System.ComponentModel;

namespace Matching.Jobs.Alerts;

/// <summary>One notification to a school: the alerts found since its last one. The webhook's body (event offer-alerts).</summary>
public sealed record OfferAlertBatch(
    [property: Description("The notification's id: the same on every attempt and channel.")] Guid BatchId,
    Guid SubscriptionId,
    string SchoolBrin,
    DateTimeOffset CreatedAt,
    [property: Description("The alerts, newest first; a student placed or erased since the batch was made is left out.")] IReadOnlyList<OfferAlert> Alerts);
