namespace Matching.Engine.Index;

/// <summary>Adapters that make an <see cref="ITextAnalyzer"/> from a delegate.</summary>
public static class TextAnalyzers
{
    /// <summary>An analyzer that appends its terms and returns the positions they take, e.g. <c>DutchAnalyzer.Analyze</c>.</summary>
    /// <param name="analyze">The analysis function; it must be thread-safe.</param>
    /// <returns>The analyzer.</returns>
    public static ITextAnalyzer From(Func<string, List<string>, int> analyze)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        return new PositionalTextAnalyzer(analyze);
    }

    /// <summary>An analyzer that returns its terms as a list, one position each.</summary>
    /// <param name="analyze">The analysis function; it must be thread-safe.</param>
    /// <returns>The analyzer.</returns>
    public static ITextAnalyzer From(Func<string, IReadOnlyList<string>> analyze)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        return new FuncTextAnalyzer(analyze);
    }

    /// <summary>An analyzer that appends its terms to a list, one position each, which saves a list per call.</summary>
    /// <param name="analyze">The analysis action; it must be thread-safe.</param>
    /// <returns>The analyzer.</returns>
    public static ITextAnalyzer From(Action<string, List<string>> analyze)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        return new ActionTextAnalyzer(analyze);
    }
}
