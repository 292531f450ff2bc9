namespace Matching.Api.Alerts;

/// <summary>A school's next batch of alerts, marked by the detector: due at <paramref name="At"/>.</summary>
internal sealed record DueBatch(Guid SubscriptionId, DateTimeOffset At);
