namespace Matching.Jobs.Delivery;

/// <summary>
/// An attempt that did not deliver, with the message stored as the delivery's last error. A permanent failure
/// (the subscription no longer has the channel, its key was revoked) is not retried.
/// </summary>
public sealed class DeliveryFailedException(string message, bool permanent = false, Exception? innerException = null)
    : Exception(message, innerException)
{
    public bool Permanent { get; } = permanent;
}
