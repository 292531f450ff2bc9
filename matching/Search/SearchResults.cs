namespace Matching.Engine.Search;

/// <summary>The result of a search.</summary>
/// <param name="TotalHits">All matching documents, not just this page.</param>
/// <param name="Hits">The page of hits, best first.</param>
/// <param name="Facets">Per requested keyword field: value to number of matching documents, most frequent first (then by value).</param>
public sealed record SearchResults(int TotalHits, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);
