namespace Matching.Engine.Search;

/// <summary>The primary sort key of a search.</summary>
public enum SortBy
{
    /// <summary>Score, highest first.</summary>
    Score,

    /// <summary>Distance from the request's origin, nearest first; documents without a location last.</summary>
    Distance,

    /// <summary>A numeric field, lowest first (or highest with descending); documents without the field last.</summary>
    Number,
}
