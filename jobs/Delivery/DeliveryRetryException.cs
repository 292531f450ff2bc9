namespace Matching.Jobs.Delivery;

/// <summary>A delivery job that should run again after <see cref="RetryAfter"/>: see <see cref="DeliveryRetryAttribute"/>.</summary>
public sealed class DeliveryRetryException(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
