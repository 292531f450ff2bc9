namespace Matching.Engine.Index;

/// <summary>
/// Turns text into terms. An index uses one analyzer for its documents and for the text of queries,
/// so both sides see the same terms.
/// </summary>
/// <remarks>Implementations must be thread-safe: queries analyze while the writer indexes.</remarks>
public interface ITextAnalyzer
{
    /// <summary>Analyzes <paramref name="text"/> and appends its terms to <paramref name="terms"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="terms">The list to append to: terms in text order, repeats included.</param>
    /// <returns>
    /// The number of positions the terms take, the field length that BM25 normalises by: a term at the same position
    /// as the one before it (a compound's part, a synonym) does not count, as Lucene's <c>discountOverlaps</c>.
    /// </returns>
    int Analyze(string text, List<string> terms);
}
