namespace Matching.Jobs.Alerts;

/// <summary>
/// What one call of <see cref="OfferAlertBatcher.BatchAsync"/> did: the batch it made (null when none), with how many
/// alerts it holds and how many pending ones it dropped (their student no longer seeking, their offer no longer open
/// with a free place, or outside the subscription's filter); or, when the school's last notification was too recent,
/// when the next may go.
/// </summary>
public sealed record AlertBatchOutcome(Guid? BatchId, int Alerts, int Dropped, DateTimeOffset? DueAt);
