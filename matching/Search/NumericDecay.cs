namespace Matching.Engine.Search;

/// <summary>
/// Gaussian decay on a numeric field's distance from <see cref="Origin"/>, as Elasticsearch's <c>gauss</c>
/// (see <see cref="GaussianDecay"/>); on a date field (day numbers) it rewards start-date closeness.
/// Documents without the field get 1, as in Elasticsearch.
/// </summary>
/// <param name="Field">A numeric field.</param>
/// <param name="Origin">The value of no decay.</param>
/// <param name="Scale">Distance past the offset where the factor is <see cref="Decay"/>; above 0.</param>
/// <param name="Offset">Distance with no decay; at least 0.</param>
/// <param name="Decay">The factor at offset + scale; between 0 and 1, exclusive.</param>
public sealed record NumericDecay(string Field, long Origin, double Scale, double Offset = 0, double Decay = 0.5) : ScoreFunction
{
    /// <summary>A decay on a date field, in days.</summary>
    /// <param name="field">A numeric field holding day numbers.</param>
    /// <param name="origin">The date of no decay.</param>
    /// <param name="scaleDays">Days past the offset where the factor is <paramref name="decay"/>.</param>
    /// <param name="offsetDays">Days with no decay.</param>
    /// <param name="decay">The factor at offset + scale.</param>
    /// <returns>The function.</returns>
    public static NumericDecay Dates(string field, DateOnly origin, double scaleDays, double offsetDays = 0, double decay = 0.5) =>
        new(field, origin.DayNumber, scaleDays, offsetDays, decay);
}
