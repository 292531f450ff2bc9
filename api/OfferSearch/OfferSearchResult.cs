using System.ComponentModel;

namespace Matching.Api.OfferSearch;

public sealed record OfferSearchResult(
    [property: Description("How many open offers match the text and filters.")] int Total,
    IReadOnlyList<OfferSearchHit> Items,
    [property: Description("Counts of all matching offers per sector, learningPath, level and region, most frequent first.")]
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets,
    int Limit,
    int Offset);
