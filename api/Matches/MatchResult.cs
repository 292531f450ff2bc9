using System.ComponentModel;
using Matching.Engine.Search;

namespace Matching.Api.Matches;

public sealed record MatchResult(
    OfferSummary Offer,
    [property: Description("Straight-line distance between the PC4 centroids, in km.")] double DistanceKm,
    [property: Description("The final score: BM25 relevance combined with the distance and start-date decays and preference boosts.")] float Score,
    [property: Description("How the score was computed, when explain=true.")] Explanation? Explanation);
