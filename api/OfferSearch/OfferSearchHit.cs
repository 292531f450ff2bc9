using Matching.Api.Matches;

namespace Matching.Api.OfferSearch;

public sealed record OfferSearchHit(OfferSummary Offer, float Score, double? DistanceKm);
