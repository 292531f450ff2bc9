using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Matches;

/// <summary>Eligibility and ranking settings of matches, candidates and search (configuration section "Matching").</summary>
public sealed class MatchOptions
{
    public const string Section = "Matching";

    /// <summary>
    /// The shortest overlap, in days, between an offer's remaining period and a student's availability for the two
    /// to match: an offer that ends days after the student can start is no place for a placement.
    /// </summary>
    [Display(Name = $"{Section}:{nameof(MinimumOverlapDays)}")]
    [Range(1, 365)]
    public int MinimumOverlapDays { get; set; } = 28;

    /// <summary>The most offers of one company among the first <see cref="DiversifyWindow"/> search hits by default (0: no limit).</summary>
    [Display(Name = $"{Section}:{nameof(MaxPerCompany)}")]
    [Range(0, 100)]
    public int MaxPerCompany { get; set; } = 2;

    /// <summary>How many of the best search hits are spread over companies; later hits keep their order.</summary>
    [Display(Name = $"{Section}:{nameof(DiversifyWindow)}")]
    [Range(10, 1000)]
    public int DiversifyWindow { get; set; } = 100;
}
