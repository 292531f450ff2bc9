namespace Matching.Engine.Search;

/// <summary>Keeps documents whose numeric field lies in <c>[Min, Max]</c>, both inclusive; a null bound is open. Documents without the field fail.</summary>
/// <param name="Field">A numeric field.</param>
/// <param name="Min">The lowest value kept, or null.</param>
/// <param name="Max">The highest value kept, or null.</param>
public sealed record RangeFilter(string Field, long? Min, long? Max) : SearchFilter
{
    /// <summary>A range of dates on a field that holds <see cref="DateOnly.DayNumber"/>s, both inclusive.</summary>
    /// <param name="field">A numeric field holding day numbers.</param>
    /// <param name="from">The first date kept, or null.</param>
    /// <param name="until">The last date kept, or null.</param>
    /// <returns>The filter.</returns>
    public static RangeFilter Dates(string field, DateOnly? from, DateOnly? until) =>
        new(field, from?.DayNumber, until?.DayNumber);
}
