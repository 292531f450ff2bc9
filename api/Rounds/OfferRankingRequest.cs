using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Validation;

namespace Matching.Api.Rounds;

/// <summary>A company's order of candidates for one of its offers; candidates it leaves out follow in the engine's order.</summary>
public sealed record OfferRankingRequest
{
    public const int MaxCandidates = 500;

    /// <summary>A candidateRef's form (CandidateMatcher.Pseudonym's): 16 lowercase hexadecimal characters.</summary>
    public const string CandidateRefPattern = "^[0-9a-f]{16}$";

    [Required, MinLength(1), MaxLength(MaxCandidates), NoNullItems]
    [Description("candidateRef values from GET /v1/offers/{id}/candidates, most preferred first, without repeats (1 to 500). Candidates who are not eligible when the round runs are ignored (counted in the summary).")]
    public required IReadOnlyList<string> CandidateRefs { get; init; }
}
