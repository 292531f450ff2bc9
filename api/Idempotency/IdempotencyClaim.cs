namespace Matching.Api.Idempotency;

/// <summary>What claiming an idempotency key found.</summary>
internal enum IdempotencyClaimOutcome
{
    /// <summary>The key is new (or expired, or abandoned): this request executes.</summary>
    Claimed,
    /// <summary>A request with this key is executing right now.</summary>
    InProgress,
    /// <summary>The key was used with a different request.</summary>
    Mismatch,
    /// <summary>The key's first response is stored: replay it.</summary>
    Completed,
}

internal sealed record IdempotencyClaim(IdempotencyClaimOutcome Outcome, StoredResponse? Response = null);
