using System.ComponentModel;

namespace Matching.Api.Rounds;

/// <summary>The figures of a round's last run.</summary>
public sealed record RoundSummary(
    [property: Description("Seeking students in scope.")] int Students,
    [property: Description("Open offers in scope with a free place.")] int Offers,
    [property: Description("Free places of those offers.")] int Places,
    [property: Description("Student-offer pairs in which each is eligible for the other.")] int EligiblePairs,
    int Placed,
    int Unplaced,
    [property: Description("Unplaced students with no eligible offer in the round.")] int NoEligibleOffer,
    [property: Description("Unplaced students whose every eligible offer is full with students its company ranks higher.")] int PreferredOffersFull,
    int PlacesLeft,
    [property: Description("Placed students who got their first choice.")] int FirstChoice,
    [property: Description("How many students the one-at-a-time baseline places on the same input: each student in turn, by registration, takes the best offer that still has a place.")] int GreedyPlaced,
    [property: Description("Student-offer pairs who would both rather have each other than what they got: 0 unless fillRemaining moved students.")] int BlockingPairs,
    [property: Description("Students placed by fillRemaining beyond the stable assignment.")] int AddedByFill,
    int ExplicitStudentRankings,
    int ExplicitOfferRankings,
    [property: Description("Ranking entries that named an offer or candidate not eligible when the round ran.")] int IgnoredRankingEntries,
    [property: Description("How long the run took, in milliseconds.")] long DurationMs);
