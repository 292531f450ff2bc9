namespace Matching.Api.Rounds;

/// <summary>One offer's line as stored: the students proposed for it by id, in the company's order (the API shows them as candidateRefs).</summary>
internal sealed record RoundOfferLine(Guid OfferId, string CompanyKvk, int Places, IReadOnlyList<Guid> Students);
