namespace Matching.Engine.Search;

/// <summary>The order of hits. Ties always go to the higher score, then to the lower internal doc id.</summary>
public sealed record SearchSort
{
    private SearchSort(SortBy by, string? field, bool descending)
    {
        By = by;
        Field = field;
        Descending = descending;
    }

    /// <summary>By score, highest first.</summary>
    public static SearchSort ByScore { get; } = new(SortBy.Score, null, false);

    /// <summary>By distance from <see cref="SearchRequest.Origin"/>, nearest first.</summary>
    public static SearchSort ByDistance { get; } = new(SortBy.Distance, null, false);

    /// <summary>The primary key.</summary>
    public SortBy By { get; }

    /// <summary>The numeric field for <see cref="SortBy.Number"/>.</summary>
    public string? Field { get; }

    /// <summary>Highest first, for <see cref="SortBy.Number"/>.</summary>
    public bool Descending { get; }

    /// <summary>By a numeric field, lowest first unless <paramref name="descending"/>.</summary>
    /// <param name="field">A numeric field.</param>
    /// <param name="descending">Highest first.</param>
    /// <returns>The sort.</returns>
    public static SearchSort ByNumber(string field, bool descending = false)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new SearchSort(SortBy.Number, field, descending);
    }
}
