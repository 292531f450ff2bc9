using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Rounds;

/// <summary>A school's order of offers for one of its students; offers it leaves out follow in the engine's order.</summary>
public sealed record StudentRankingRequest
{
    public const int MaxOffers = 100;

    [Required, MinLength(1), MaxLength(MaxOffers)]
    [Description("Offer ids, most preferred first, without repeats (1 to 100). Offers the student is not eligible for when the round runs are ignored (counted in the summary).")]
    public required IReadOnlyList<Guid> OfferIds { get; init; }
}
