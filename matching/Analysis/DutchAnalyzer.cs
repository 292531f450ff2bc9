using System.Collections.Concurrent;

namespace Matching.Engine.Analysis;

/// <summary>
/// The analysis chain for Dutch text, as Lucene's <c>DutchAnalyzer</c> chains it: tokenize, lowercase,
/// fold diacritics, drop stopwords, stem with the Snowball Dutch stemmer.
/// </summary>
/// <remarks>
/// Folding comes before the stopword test, so "één" is caught as "een", and the stemmer receives
/// folded lower-case letters. The steps work on stack buffers; a term seen before comes from a cache of
/// stems (the same string instance every time), so only new words are stemmed and allocate.
/// </remarks>
public static class DutchAnalyzer
{
    // Words and their stems. A vocabulary of Dutch vacancy and student texts is well below the cap; past it
    // (hostile or random text), new words are stemmed without being cached, so the cache cannot grow without bound.
    private const int StemCacheCapacity = 1 << 18;
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StemsBySpan =
        Stems.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Analyzes <paramref name="text"/> into its terms.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The terms, in text order, repeats included.</returns>
    public static IReadOnlyList<string> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        Analyze(text, terms);
        return terms;
    }

    /// <summary>Analyzes <paramref name="text"/> and appends its terms to <paramref name="terms"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="terms">The list the terms are added to, in text order, repeats included.</param>
    public static void Analyze(ReadOnlySpan<char> text, List<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);

        Span<char> lower = stackalloc char[Tokenizer.MaxTokenLength];
        Span<char> folded = stackalloc char[Tokenizer.MaxTokenLength * 2];
        foreach (var token in new Tokenizer(text))
        {
            // Invariant lowercasing maps one code unit to one, so the token fits.
            var lowerLength = token.ToLowerInvariant(lower);
            var term = folded[..DiacriticFolder.Fold(lower[..lowerLength], folded)];
            if (DutchStopwords.IsStopword(term))
            {
                continue;
            }

            terms.Add(StemOf(term));
        }
    }

    // The stem of a folded, lower-case word that is not a stopword.
    private static string StemOf(Span<char> word)
    {
        if (StemsBySpan.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var key = Stems.Count < StemCacheCapacity ? new string(word) : null;
        var stem = new string(word[..DutchStemmer.Stem(word)]);
        return key is null ? stem : Stems.GetOrAdd(key, stem);
    }
}
