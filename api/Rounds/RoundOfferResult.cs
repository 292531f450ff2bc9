using System.ComponentModel;

namespace Matching.Api.Rounds;

/// <summary>One offer's line in a round's proposal: the students proposed for it, as the pseudonymous candidates its company knows.</summary>
public sealed record RoundOfferResult(
    Guid OfferId,
    string CompanyKvk,
    [property: Description("Free places when the round ran.")] int Places,
    [property: Description("The proposed students' candidateRef for this offer, in the company's order.")] IReadOnlyList<string> Proposed);
