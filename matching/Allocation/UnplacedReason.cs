namespace Matching.Engine.Allocation;

/// <summary>Why a student has no place after a round.</summary>
public enum UnplacedReason
{
    /// <summary>The student is placed.</summary>
    None,

    /// <summary>The student is eligible for no offer in the round: their preference list is empty.</summary>
    NoEligibleOffer,

    /// <summary>
    /// Every offer the student is eligible for is full. After deferred acceptance each of those offers is full with
    /// students it ranks higher than this one.
    /// </summary>
    PreferredOffersFull,
}
