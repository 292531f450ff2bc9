using System.Collections.Concurrent;
using Lucene.Net.Analysis.TokenAttributes;

namespace Matching.Engine.Analysis;

/// <summary>
/// Reads a query or a student's wish as a person would: each word with its stem, its compound parts and its
/// synonyms (abbreviations, trade synonyms, male and female job titles, from the shipped list), words that only
/// say "I want" or "really" left out, and words after "niet", "geen", "zonder" or "nooit" marked as not wanted.
/// </summary>
/// <remarks>
/// A negation reaches the next <see cref="NegationReach"/> words that carry meaning, and ends early at punctuation
/// or at "maar", "wel", "liefst": in "geen nachtdiensten, liefst een ziekenhuis" only "nachtdiensten" is not wanted.
/// A synonym rule matches the longest run of words it can ("rijbewijs c" before "rijbewijs"); its terms belong to
/// the run's first word that carries meaning.
/// </remarks>
public static class DutchQueryParser
{
    /// <summary>How many meaningful words after a negation it reaches.</summary>
    public const int NegationReach = 2;

    /// <summary>The weight of a compound's modifier (every part but the last) against the whole word's 1.</summary>
    public const float PartWeight = 0.5f;

    /// <summary>
    /// The weight of a compound's head, its last part: a Dutch compound is a kind of its head ("vrieshuis" is a kind of
    /// "huis"), so a text that holds only the head is less like it than one that holds the modifier.
    /// </summary>
    public const float HeadWeight = 0.3f;

    /// <summary>The weight of a synonym against the word as written.</summary>
    public const float SynonymWeight = 0.8f;

    private static readonly DutchTokenAnalyzer Tokens = new(folded: true);
    private static readonly DutchTokenAnalyzer UnusualTokens = new(folded: true, unusualText: true);

    // Short texts come back again and again (a qualification's name in every match of its students, a search box's
    // words): their words are kept, up to a bound, so hostile or random text cannot grow the memory. Long texts (an
    // offer's description read as a wish for its candidates, a student's long wish) are read anew each time: kept,
    // each one's many small objects outlived a collection or two and made the collector copy them and, in the end,
    // sweep the whole heap; reading them again is cheaper (docs/candidate-reads.md).
    private const int CacheCapacity = 1 << 14;
    private const int LongestCachedText = 200;
    private static readonly ConcurrentDictionary<string, IReadOnlyList<QueryWord>> Parsed = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="text"/> into its words.</summary>
    /// <param name="text">A search or a wish.</param>
    /// <returns>The words that carry meaning, in text order, each with its terms.</returns>
    public static IReadOnlyList<QueryWord> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Parsed.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var words = ParseWords(text);
        if (text.Length <= LongestCachedText)
        {
            if (Parsed.Count >= CacheCapacity)
            {
                Parsed.Clear();
            }

            Parsed.TryAdd(text, words);
        }

        return words;
    }

    private static IReadOnlyList<QueryWord> ParseWords(string text)
    {
        var tokens = Tokenize(text);
        var words = new WordBuilder?[tokens.Count];
        var negationLeft = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (value, start, end) = tokens[i];
            if (i > 0 && HasPunctuation(text, tokens[i - 1].End, start))
            {
                negationLeft = 0;
            }

            if (QueryStopWords.Negations.Contains(value))
            {
                negationLeft = NegationReach;
                continue;
            }

            if (QueryStopWords.NegationEnds.Contains(value))
            {
                negationLeft = 0;
                continue;
            }

            if (value.Length is < 2 or > DutchTokenAnalyzer.MaxTokenLength || DutchStopWords.Contains(value) || QueryStopWords.Fillers.Contains(value))
            {
                continue;
            }

            words[i] = new WordBuilder(text[start..end], start, end, negationLeft > 0);
            words[i]!.Add(DutchAnalyzer.AnalyzeWord(value), 1f, QueryTermSource.Word);
            negationLeft = Math.Max(0, negationLeft - 1);
        }

        AddSynonyms(tokens, words);
        return [.. words.Where(word => word is not null).Select(word => word!.Build())];
    }

    private static List<(string Value, int Start, int End)> Tokenize(string text)
    {
        // Sized for a word every few characters, to spare the list its first growths.
        var tokens = new List<(string, int, int)>((text.Length / 6) + 4);
        using var stream = (DutchTokenAnalyzer.IsUnusual(text) ? UnusualTokens : Tokens).GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    // Greedy from the left, the longest run of words that a rule has as its input, as Lucene's SynonymFilter matches.
    private static void AddSynonyms(List<(string Value, int Start, int End)> tokens, WordBuilder?[] words)
    {
        var maxLength = SynonymDictionary.MaxPhraseLength;
        for (var i = 0; i < tokens.Count;)
        {
            var matched = 0;
            var known = 0;
            while (known < maxLength && i + known < tokens.Count && SynonymDictionary.Knows(tokens[i + known].Value))
            {
                known++;
            }

            for (var length = known; length >= 1 && matched == 0; length--)
            {
                if (FirstWord(words, i, length) is not { } owner || SynonymDictionary.Lookup(PhraseOf(tokens, i, length)) is not { Count: > 0 } synonyms)
                {
                    continue;
                }

                foreach (var synonym in synonyms)
                {
                    if (synonym.Length >= 2 && !IsWordOf(tokens, i, length, synonym) && !DutchStopWords.Contains(synonym))
                    {
                        owner.Add(DutchAnalyzer.AnalyzeWord(synonym), SynonymWeight, QueryTermSource.Synonym);
                    }
                }

                matched = length;
            }

            i += Math.Max(1, matched);
        }
    }

    // The first word that carries meaning among the length tokens from start: the one a rule's terms belong to.
    private static WordBuilder? FirstWord(WordBuilder?[] words, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (words[i] is { } word)
            {
                return word;
            }
        }

        return null;
    }

    private static string PhraseOf(List<(string Value, int Start, int End)> tokens, int start, int length)
    {
        if (length == 1)
        {
            return tokens[start].Value;
        }

        var phrase = new string[length];
        for (var i = 0; i < length; i++)
        {
            phrase[i] = tokens[start + i].Value;
        }

        return string.Join(' ', phrase);
    }

    private static bool IsWordOf(List<(string Value, int Start, int End)> tokens, int start, int length, string word)
    {
        for (var i = start; i < start + length; i++)
        {
            if (tokens[i].Value == word)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPunctuation(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '\n')
            {
                return true;
            }
        }

        return false;
    }

    private sealed class WordBuilder(string written, int start, int end, bool negated)
    {
        private readonly List<QueryTerm> _terms = [];

        // Adds the word's stem and, for the word as written, its parts, each term once at its highest weight. A synonym's
        // parts are not added: "keukenassistent" for "keukenhulp" should not bring in every other assistant.
        public void Add(AnalyzedWord word, float weight, QueryTermSource source)
        {
            Add(word.Stem, weight, source);
            if (source != QueryTermSource.Word)
            {
                return;
            }

            for (var i = 0; i < word.Parts.Count; i++)
            {
                Add(word.Parts[i], weight * (i < word.Parts.Count - 1 ? PartWeight : HeadWeight), QueryTermSource.CompoundPart);
            }
        }

        public QueryWord Build() => new(written, start, end, negated, [.. _terms]);

        private int IndexOf(string term)
        {
            for (var i = 0; i < _terms.Count; i++)
            {
                if (_terms[i].Term == term)
                {
                    return i;
                }
            }

            return -1;
        }

        private void Add(string term, float weight, QueryTermSource source)
        {
            var index = IndexOf(term);
            if (index < 0)
            {
                _terms.Add(new QueryTerm(term, weight, source));
            }
            else if (_terms[index].Weight < weight)
            {
                _terms[index] = new QueryTerm(term, weight, source);
            }
        }
    }
}
