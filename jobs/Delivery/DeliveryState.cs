namespace Matching.Jobs.Delivery;

/// <summary>
/// A delivery's row after an attempt or a claim that did not take it: pending (NextAttemptAt is the retry time),
/// sending (NextAttemptAt is the end of the sender's lease), delivered or failed.
/// </summary>
public sealed record DeliveryState(string Status, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError)
{
    public bool IsOpen => Status is "pending" or "sending";
}
