using System.Collections.Concurrent;
using Lucene.Net.Analysis.TokenAttributes;

namespace Matching.Engine.Analysis;

/// <summary>
/// The analysis chain for Dutch text, from Lucene.Net's components: words as runs of letters and digits,
/// lower-cased, folded to ASCII, single letters, lone digits and stop words dropped, compounds
/// split into their parts against a dictionary of real Dutch words, everything stemmed with the Snowball Dutch
/// stemmer. A compound's parts take the compound's position, as Lucene's compound filters place them.
/// </summary>
/// <remarks>
/// The second half (splitting and stemming) depends only on the word, so its result is kept per word: a word
/// seen before costs a lookup and gives the same string instances, and only new words are split and stemmed.
/// </remarks>
public static class DutchAnalyzer
{
    // A vocabulary of Dutch vacancy and student texts is well below the cap; past it (hostile or random text), new
    // words are analyzed without being kept, so the memory cannot grow without bound.
    private const int WordCacheCapacity = 1 << 18;
    private static int _cachedWords;
    private static readonly ConcurrentDictionary<string, AnalyzedWord> Words = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, AnalyzedWord>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // A written form of each stem, for saying which word a correction stands for.
    private static readonly ConcurrentDictionary<string, string> WrittenForms = new(StringComparer.Ordinal);

    private static readonly AnalyzedWord StopWord = new("", []);
    private static readonly DutchTokenAnalyzer Tokens = new(folded: false);
    private static readonly DutchTokenAnalyzer UnusualTokens = new(folded: false, unusualText: true);
    private static readonly DutchWordAnalyzer WordChain = new();

    /// <summary>Analyzes <paramref name="text"/> into its terms.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The terms, in text order, repeats included; a compound's parts follow it.</returns>
    public static IReadOnlyList<string> Analyze(string text)
    {
        var terms = new List<string>();
        Analyze(text, terms);
        return terms;
    }

    /// <summary>Analyzes <paramref name="text"/> and appends its terms to <paramref name="terms"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="terms">The list the terms are added to, in text order, repeats included.</param>
    /// <returns>The number of positions the terms take: a compound's parts share its position.</returns>
    public static int Analyze(string text, List<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var positions = 0;
        using var stream = (DutchTokenAnalyzer.IsUnusual(text) ? UnusualTokens : Tokens).GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            // Single letters, lone digits and overlong tokens are not words; stop words give no terms.
            if (term.Length is < 2 or > DutchTokenAnalyzer.MaxTokenLength || AnalyzeWord(term.Buffer.AsSpan(0, term.Length)) is not { HasTerms: true } word)
            {
                continue;
            }

            terms.Add(word.Stem);
            foreach (var part in word.Parts)
            {
                terms.Add(part);
            }

            positions++;
        }

        stream.End();
        return positions;
    }

    /// <summary>The stem and compound parts of one lower-case word (folded or not).</summary>
    /// <param name="word">The word.</param>
    /// <returns>Its analysis.</returns>
    public static AnalyzedWord AnalyzeWord(ReadOnlySpan<char> word)
    {
        if (WordsBySpan.TryGetValue(word, out var cached))
        {
            return cached;
        }

        // A number is its own term (the chain would leave it as it is), and numbers are many: not worth keeping.
        if (!word.ContainsAnyExceptInRange('0', '9'))
        {
            return new AnalyzedWord(new string(word), []);
        }

        var key = new string(word);
        var analyzed = Split(key);
        if (analyzed.HasTerms)
        {
            WrittenForms.TryAdd(analyzed.Stem, key);
        }

        // ConcurrentDictionary.Count takes every lock; a counter of our own keeps the bound cheap.
        if (Volatile.Read(ref _cachedWords) >= WordCacheCapacity)
        {
            return analyzed;
        }

        var kept = Words.GetOrAdd(key, analyzed);
        if (ReferenceEquals(kept, analyzed))
        {
            Interlocked.Increment(ref _cachedWords);
        }

        return kept;
    }

    /// <summary>A word that was analyzed to <paramref name="stem"/>, for showing a stem to a person.</summary>
    /// <param name="stem">A stem.</param>
    /// <returns>The first word seen with that stem, or the stem itself.</returns>
    public static string WrittenFormOf(string stem) => WrittenForms.TryGetValue(stem, out var word) ? word : stem;

    private static AnalyzedWord Split(string word)
    {
        using var stream = WordChain.GetTokenStream("", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        string? stem = null;
        var parts = new List<string>(2);
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (stem is null)
            {
                stem = value;
            }
            else if (value != stem && !parts.Contains(value))
            {
                parts.Add(value);
            }
        }

        stream.End();
        return stem is null ? StopWord : new AnalyzedWord(stem, parts.Count == 0 ? [] : [.. parts]);
    }
}
