namespace Matching.Engine.Search;

/// <summary>How <see cref="SearchResults.TotalHits"/> relates to the number of matching documents, as Lucene's <c>TotalHits.Relation</c>.</summary>
public enum TotalHitsRelation
{
    /// <summary>The total is exact.</summary>
    EqualTo,

    /// <summary>
    /// The total is a lower bound: past <see cref="SearchRequest.TotalHitsThreshold"/> the search skipped documents that
    /// could not enter the requested hits, without counting them.
    /// </summary>
    GreaterThanOrEqualTo,
}
