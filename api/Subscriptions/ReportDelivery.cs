using System.ComponentModel;
using Matching.Jobs;

namespace Matching.Api.Subscriptions;

/// <summary>One week's report on one channel of a subscription: sent once, retried with back-off until it is.</summary>
public sealed record ReportDelivery(
    Guid Id,
    Guid SubscriptionId,
    IsoWeek IsoWeek,
    [property: Description("webhook or email.")] string Channel,
    [property: Description("pending (waiting for its first or next attempt), sending, delivered or failed (no attempts left).")] string Status,
    [property: Description("Attempts made so far.")] int Attempts,
    [property: Description("Why the last failed attempt failed; kept when a later attempt delivered.")] string? LastError,
    [property: Description("When the next attempt is due (pending), or when a stalled send is taken over (sending).")] DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
