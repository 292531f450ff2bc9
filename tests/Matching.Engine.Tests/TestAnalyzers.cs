using Matching.Engine.Index;

namespace Matching.Engine.Tests;

/// <summary>Analyzers for tests whose subject is the index or the scoring rather than Dutch analysis.</summary>
internal static class TestAnalyzers
{
    /// <summary>Lower-cases and splits on spaces: every word is its own term, so expected terms are easy to write down.</summary>
    public static readonly ITextAnalyzer Whitespace =
        TextAnalyzers.From(text => text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
