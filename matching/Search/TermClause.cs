namespace Matching.Engine.Search;

/// <summary>
/// A text clause: <see cref="Text"/> is analyzed with the index's analyzer and every term becomes a term
/// query on <see cref="Field"/> with this clause's <see cref="Boost"/> and <see cref="Occur"/>. So a
/// <see cref="Occur.Must"/> clause requires every term and a <see cref="Occur.Should"/> clause any.
/// </summary>
/// <param name="Field">A text field.</param>
/// <param name="Text">The text, or with <see cref="IsTerm"/> one term taken as is.</param>
/// <param name="Boost">Multiplies the clause's BM25 weight (a field boost); finite and at least 0.</param>
/// <param name="Occur">How the clause takes part.</param>
public sealed record TermClause(string Field, string Text, float Boost = 1f, Occur Occur = Occur.Should)
{
    /// <summary>Whether <see cref="Text"/> is a single term that skips analysis.</summary>
    public bool IsTerm { get; init; }

    /// <summary>The word as the user wrote it that this term stands for, shown next to the term in explanations; null when it is the term.</summary>
    public string? Written { get; init; }

    /// <summary>A clause for one term exactly as given (already analyzed).</summary>
    /// <param name="field">A text field.</param>
    /// <param name="term">The term.</param>
    /// <param name="boost">The boost.</param>
    /// <param name="occur">How the clause takes part.</param>
    /// <returns>The clause.</returns>
    public static TermClause Term(string field, string term, float boost = 1f, Occur occur = Occur.Should) =>
        new(field, term, boost, occur) { IsTerm = true };
}
