using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Matches;

public sealed class MatchQuery : IValidatableObject
{
    [Range(1, 100)]
    [Description("How many results, 1 to 100 (default 20).")]
    public int? Limit { get; set; }

    [Range(0, 10_000)]
    [Description("How many results to skip (default 0); offset + limit is at most 10,000.")]
    public int? Offset { get; set; }

    [AllowedValues("score", "distance", "start", null)]
    [Description("score (default), distance (nearest first) or start (earliest start first).")]
    public string? Sort { get; set; }

    [Description("Include an explanation tree for each score.")]
    public bool? Explain { get; set; }

    public int Take => Limit ?? 20;

    public int Skip => Offset ?? 0;

    // Results past the 10,000th are not served, as in Elasticsearch (max_result_window): deeper pages cost every page before them.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Skip + Take > Matching.Engine.Search.SearchRequest.MaxWindow)
        {
            yield return new ValidationResult($"offset + limit must be at most {Matching.Engine.Search.SearchRequest.MaxWindow}.", [nameof(Offset)]);
        }
    }
}
