namespace Matching.Jobs.Delivery;

/// <summary>
/// What one call of <see cref="ReportDeliverer.AttemptAsync"/> did: the delivery's state afterwards (null when it no
/// longer exists), whether it sent (or tried to send) the report, and whether it ended the delivery (made it or failed
/// it for good). A call that finds the delivery made, failed, held by another attempt or waiting for its back-off
/// neither attempts nor ends it.
/// </summary>
public sealed record DeliveryAttempt(DeliveryState? State, bool Attempted, bool Ended);
