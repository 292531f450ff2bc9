namespace Matching.Api.Rounds;

/// <summary>One student's result of a run: the offer with its place in each side's order, or the reason there is none.</summary>
internal sealed record ProposedLine(Guid StudentId, Guid? OfferId, int? Choice, int? OfferRank, string? Reason, int EligibleOffers);
