using System.ComponentModel;

namespace Matching.Api.Alerts;

/// <summary>One notification on one channel of an alert subscription: sent once, retried with back-off until it is.</summary>
public sealed record AlertDelivery(
    Guid Id,
    [property: Description("The notification (batch of alerts); the webhook's batchId and the e-mail's attachment name.")] Guid BatchId,
    [property: Description("How many alerts the notification holds.")] int Alerts,
    [property: Description("webhook or email.")] string Channel,
    [property: Description("pending (waiting for its first or next attempt), sending, delivered or failed (no attempts left).")] string Status,
    [property: Description("Attempts made so far.")] int Attempts,
    [property: Description("Why the last failed attempt failed; kept when a later attempt delivered.")] string? LastError,
    [property: Description("When the next attempt is due (pending), or when a stalled send is taken over (sending).")] DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
