namespace Matching.Api.Rounds;

public sealed record StudentRanking(Guid RoundId, Guid StudentId, IReadOnlyList<Guid> OfferIds, DateTimeOffset UpdatedAt);
