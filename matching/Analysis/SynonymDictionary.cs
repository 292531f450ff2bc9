using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util.Fst;

namespace Matching.Engine.Analysis;

// The shipped synonym list (Data/synonyms-nl.txt, Solr's format) as Lucene's SynonymMap, its words read as the
// query's words are (lower-case, folded, stop words and single letters kept), so a rule meets the text it is for.
// A phrase is looked up on its own through Lucene's SynonymFilter: in a whole query, the filter lays the words of a
// multi-word synonym over the query's next words, where they could not be told from those words' own synonyms.
// The list is small (hundreds of rules), so every rule's input is run through the filter once, when the list is
// loaded, and a query's lookup is a dictionary lookup.
internal static class SynonymDictionary
{
    private static readonly Lazy<Rules> _rules = new(Load);

    // Whether any rule has this word in its input: a phrase with a word that none has cannot match, and needs no lookup.
    public static bool Knows(string word) => _rules.Value.Words.Contains(word);

    // The longest input of a rule, in words.
    public static int MaxPhraseLength => _rules.Value.MaxPhraseLength;

    // The words of every term equivalent to the phrase (space-separated words as the query analysis gives them),
    // the phrase's own words included; empty when no rule has the phrase as its input.
    public static IReadOnlyList<string> Lookup(string phrase) =>
        _rules.Value.Expansions.TryGetValue(phrase, out var words) ? words : [];

    private static Rules Load()
    {
        var map = ReadMap();
        using var lookup = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new WhitespaceTokenizer(DutchTokenAnalyzer.Version, reader);
            return new TokenStreamComponents(tokenizer, new SynonymFilter(tokenizer, map, ignoreCase: false));
        });

        var expansions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (map.Fst is { } fst)
        {
            // The FST holds each input, its words joined by SynonymMap.WORD_SEPARATOR.
            var inputs = new Int32sRefFSTEnum<Lucene.Net.Util.BytesRef>(fst);
            while (inputs.MoveNext())
            {
                var input = inputs.Current.Input;
                var phrase = string.Create(input.Length, input, static (chars, input) =>
                {
                    for (var i = 0; i < chars.Length; i++)
                    {
                        var c = input.Int32s[input.Offset + i];
                        chars[i] = c == SynonymMap.WORD_SEPARATOR ? ' ' : (char)c;
                    }
                });
                expansions[phrase] = Expand(lookup, phrase);
            }
        }

        var words = expansions.Keys.SelectMany(phrase => phrase.Split(' ')).ToFrozenSet(StringComparer.Ordinal);
        return new Rules(expansions.ToFrozenDictionary(StringComparer.Ordinal), words, map.MaxHorizontalContext);
    }

    private static string[] Expand(Analyzer lookup, string phrase)
    {
        var words = new List<string>();
        using var stream = lookup.GetTokenStream("", phrase);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return [.. words];
    }

    private static SynonymMap ReadMap()
    {
        using var stream = typeof(SynonymDictionary).Assembly.GetManifestResourceStream("Matching.Engine.Analysis.Data.synonyms-nl.txt")
            ?? throw new InvalidOperationException("The synonym list is not embedded.");
        using var reader = new StreamReader(stream);
        var parser = new SolrSynonymParser(dedup: true, expand: true, new DutchTokenAnalyzer(folded: true));
        parser.Parse(reader);
        return parser.Build();
    }

    private sealed record Rules(FrozenDictionary<string, string[]> Expansions, FrozenSet<string> Words, int MaxPhraseLength);
}
