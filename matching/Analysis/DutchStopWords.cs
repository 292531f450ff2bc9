using Lucene.Net.Analysis.Util;
using LuceneDutch = Lucene.Net.Analysis.Nl.DutchAnalyzer;

namespace Matching.Engine.Analysis;

/// <summary>The Snowball Dutch stop words, as Lucene's <c>DutchAnalyzer</c> loads them.</summary>
public static class DutchStopWords
{
    internal static CharArraySet Set { get; } = LuceneDutch.DefaultStopSet;

    /// <summary>Whether a lower-case, folded word is a stop word.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for a stop word.</returns>
    public static bool Contains(string word) => Set.Contains(word);
}
