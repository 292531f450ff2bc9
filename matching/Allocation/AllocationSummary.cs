namespace Matching.Engine.Allocation;

/// <summary>The totals of a round's outcome.</summary>
/// <param name="Students">Students taking part.</param>
/// <param name="Placed">Students with a place.</param>
/// <param name="Unplaced">Students without a place, whatever the reason.</param>
/// <param name="UnplacedWithoutEligibleOffer">The unplaced students that were eligible for no offer at all.</param>
/// <param name="Places">Free places offered in the round.</param>
/// <param name="PlacesLeft">Places still free after the round.</param>
/// <param name="BlockingPairs">Pairs that would rather be matched to each other (0 means the outcome is stable).</param>
public sealed record AllocationSummary(
    int Students, int Placed, int Unplaced, int UnplacedWithoutEligibleOffer, int Places, int PlacesLeft, int BlockingPairs);
