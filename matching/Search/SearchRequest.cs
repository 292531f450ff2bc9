using Matching.Engine.Geo;

namespace Matching.Engine.Search;

/// <summary>
/// A query: text clauses scored with BM25 and combined as a Lucene <c>BooleanQuery</c>, filters, score
/// functions, sort, page, facets and whether to explain each hit.
/// </summary>
/// <remarks>
/// <para>
/// Matching: a document must match every <see cref="Occur.Must"/> and <see cref="Occur.Filter"/> term, no
/// <see cref="Occur.MustNot"/> term, at least <see cref="MinimumShouldMatch"/> <see cref="Occur.Should"/> terms
/// (by default 0 when there are must or filter terms, else 1, as in Lucene; an explicit 0 makes should terms
/// optional even on their own, so every document that passes the filters matches and the text only ranks),
/// and every filter. Text that
/// analyzes to no terms adds no clause; a request without must, filter or should terms matches every
/// document the filters and must-not terms let through (unlike Lucene's empty BooleanQuery).
/// </para>
/// <para>
/// Scoring: relevance adds up the BM25 scores of the matching terms as Lucene's scorers do: the must terms
/// in double, rounded to float once; the should terms likewise; then those two sums in float (Lucene's
/// ReqOptSumScorer), so a query of only must or only should terms is one double sum rounded once. Before
/// that, clauses are rewritten as Lucene's BooleanQuery.rewrite does: repeated must (or should) terms merge
/// with their boosts summed, an unboosted should term that is also a filter term becomes a must term, and
/// should terms that must all match (MinimumShouldMatch equals their number) become must terms. Without
/// must or should terms relevance is 1 (Lucene would give 0), so functions alone rank. The final score is
/// relevance times each decay times the preference factor (see <see cref="ScoreFunction"/>).
/// </para>
/// </remarks>
public sealed class SearchRequest
{
    /// <summary>The largest <see cref="Offset"/> + <see cref="Limit"/>, as Elasticsearch's max_result_window.</summary>
    public const int MaxWindow = 10_000;

    /// <summary>Text clauses. Repeated identical terms (same field, term and occur) merge first, their boosts summed.</summary>
    public IReadOnlyList<TermClause> Clauses { get; init; } = [];

    /// <summary>Should terms a document must match; null for Lucene's default (see the remarks), 0 for optional text.</summary>
    public int? MinimumShouldMatch { get; init; }

    /// <summary>Filters; all must pass.</summary>
    public IReadOnlyList<SearchFilter> Filters { get; init; } = [];

    /// <summary>
    /// Added (in float) to the BM25 relevance of every hit when the query has scoring text clauses,
    /// so that a hit matching none of the text still ranks by the decays and boosts instead of
    /// scoring 0. The default 0 scores as Lucene does.
    /// </summary>
    public float RelevanceBase { get; init; }

    /// <summary>Decays and preference boosts.</summary>
    public IReadOnlyList<ScoreFunction> Functions { get; init; } = [];

    /// <summary>The order of hits.</summary>
    public SearchSort Sort { get; init; } = SearchSort.ByScore;

    /// <summary>
    /// The point each hit's <see cref="SearchHit.DistanceKm"/> and <see cref="SortBy.Distance"/> measure from.
    /// When null: the first <see cref="GeoDistanceFilter"/>'s center, else the first <see cref="GeoDistanceDecay"/>'s origin.
    /// </summary>
    public GeoPoint? Origin { get; init; }

    /// <summary>Hits to skip.</summary>
    public int Offset { get; init; }

    /// <summary>Hits to return; 0 gives only the total and facets.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>
    /// Matches counted exactly, like Lucene's <c>totalHitsThreshold</c>: once more than this many documents matched, a
    /// search may skip documents that cannot enter the requested hits, and <see cref="SearchResults.TotalHits"/> is then
    /// a lower bound (<see cref="TotalHitsRelation.GreaterThanOrEqualTo"/>). The hits and their scores are those of an
    /// exact search either way. The default, <see cref="int.MaxValue"/>, counts every match. Searches with facets or
    /// sorted by anything but score always count every match.
    /// </summary>
    public int TotalHitsThreshold { get; init; } = int.MaxValue;

    /// <summary>Keyword fields to count the values of over all matches.</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];

    /// <summary>Whether each hit carries an <see cref="Explanation"/> of its score.</summary>
    public bool Explain { get; init; }
}
