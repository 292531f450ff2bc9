namespace Matching.Engine.Search;

/// <summary>How a clause takes part in a boolean query, as Lucene's <c>BooleanClause.Occur</c>.</summary>
public enum Occur
{
    /// <summary>The document must match; the clause scores.</summary>
    Must,

    /// <summary>The document may match; the clause scores when it does.</summary>
    Should,

    /// <summary>The document must match; the clause does not score.</summary>
    Filter,

    /// <summary>The document must not match.</summary>
    MustNot,
}
