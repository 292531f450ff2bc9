using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Reference;

namespace Matching.Api.OfferSearch;

/// <summary>A portal's search box: free text plus filters, optionally near a PC4.</summary>
public sealed record OfferSearchRequest : IValidatableObject
{
    [StringLength(500)]
    [Description("Free text, matched against title, requirements and description: Dutch word forms, compounds, abbreviations and synonyms; a word no offer holds is replaced by the closest one (see didYouMean); words after 'geen', 'niet' or 'zonder' are not searched for.")]
    public string? Text { get; init; }

    [Range(10000, 99999)]
    [Description("Only offers accepting this crebo.")]
    public int? Crebo { get; init; }

    [Range(1, 4)]
    [Description("Only offers whose level range includes this level.")]
    public int? Level { get; init; }

    [AllowedValues("BOL", "BBL", null)]
    public string? LearningPath { get; init; }

    [StringLength(64, MinimumLength = 1)]
    [Description("Only offers of companies in this sector.")]
    public string? Sector { get; init; }

    [StringLength(64, MinimumLength = 1)]
    [Description("Only offers located in this labour-market region.")]
    public string? Region { get; init; }

    [Description("Only offers starting on or after this date.")]
    public DateOnly? StartFrom { get; init; }

    [Description("Only offers starting on or before this date.")]
    public DateOnly? StartTo { get; init; }

    [Range(1000, 9999)]
    [Description("Measure distances from this PC4's centroid.")]
    public int? NearPc4 { get; init; }

    [Range(1, 300)]
    [Description("Only offers within this many km of nearPc4.")]
    public double? RadiusKm { get; init; }

    [AllowedValues("relevance", "distance", "start", null)]
    [Description("relevance (default), distance (needs nearPc4) or start.")]
    public string? Sort { get; init; }

    [Range(0, 100)]
    [Description("With sort=relevance, the most offers of one company among the first 100 hits (its later offers move down, after the others); 0 turns it off. Default 2.")]
    public int? MaxPerCompany { get; init; }

    [Range(1, 100)]
    public int Limit { get; init; } = 20;

    [Range(0, 10_000)]
    [Description("How many results to skip (default 0); offset + limit is at most 10,000.")]
    public int Offset { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Results past the 10,000th are not served, as in Elasticsearch (max_result_window): deeper pages cost every page before them.
        if (Offset + Limit > Matching.Engine.Search.SearchRequest.MaxWindow)
        {
            yield return new ValidationResult($"offset + limit must be at most {Matching.Engine.Search.SearchRequest.MaxWindow}.", [nameof(Offset)]);
        }
        foreach (var result in OfferSearchRules.Validate(this, validationContext.GetRequiredService<ReferenceDataSet>()).ToResults())
        {
            yield return result;
        }
    }
}
