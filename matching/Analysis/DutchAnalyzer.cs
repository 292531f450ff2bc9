namespace Matching.Engine.Analysis;

/// <summary>
/// The analysis chain for Dutch text, as Lucene's <c>DutchAnalyzer</c> chains it: tokenize, lowercase,
/// fold diacritics, drop stopwords, stem with the Snowball Dutch stemmer.
/// </summary>
/// <remarks>
/// Folding comes before the stopword test, so "één" is caught as "een", and the stemmer receives
/// folded lower-case letters. Each term costs one string; the steps in between work on stack buffers.
/// </remarks>
public static class DutchAnalyzer
{
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

            terms.Add(new string(term[..DutchStemmer.Stem(term)]));
        }
    }
}
