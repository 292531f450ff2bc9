namespace Matching.Api.Rounds;

public sealed record OfferRanking(Guid RoundId, Guid OfferId, IReadOnlyList<string> CandidateRefs, DateTimeOffset UpdatedAt);
