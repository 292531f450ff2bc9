namespace Matching.Engine.Search;

/// <summary>The result of a search.</summary>
/// <param name="TotalHits">All matching documents, not just this page; a lower bound when <see cref="TotalHitsRelation"/> says so.</param>
/// <param name="Hits">The page of hits, best first.</param>
/// <param name="Facets">Per requested keyword field: value to number of matching documents, most frequent first (then by value).</param>
public sealed record SearchResults(int TotalHits, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets)
{
    /// <summary>Whether <see cref="TotalHits"/> is exact (the default) or a lower bound (see <see cref="SearchRequest.TotalHitsThreshold"/>).</summary>
    public TotalHitsRelation TotalHitsRelation { get; init; }
}
