using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Lucene.Net.Util.Fst;

namespace Matching.Engine.Analysis;

// The shipped synonym list (Data/synonyms-nl.txt, Solr's format) as Lucene's SynonymMap, its words read as the
// query's words are (lower-case, folded, stop words and single letters kept), so a rule meets the text it is for.
// A phrase is looked up on its own through Lucene's SynonymFilter: in a whole query, the filter lays the words of a
// multi-word synonym over the query's next words, where they could not be told from those words' own synonyms.
internal static class SynonymDictionary
{
    private static readonly Lazy<SynonymMap> _map = new(Load);
    private static readonly Lazy<Analyzer> _lookup = new(() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WhitespaceTokenizer(DutchTokenAnalyzer.Version, reader);
        return new TokenStreamComponents(tokenizer, new SynonymFilter(tokenizer, _map.Value, ignoreCase: false));
    }));

    private static readonly Lazy<HashSet<string>> _words = new(() =>
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var hash = _map.Value.Words;
        var scratch = new BytesRef();
        for (var i = 0; i < hash.Count; i++)
        {
            foreach (var word in hash.Get(i, scratch).Utf8ToString().Split('\0'))
            {
                words.Add(word);
            }
        }

        return words;
    });

    // Whether any rule has this word: a phrase with a word that none has cannot match, and needs no lookup.
    public static bool Knows(string word) => _words.Value.Contains(word);

    // The longest input of a rule, in words.
    public static int MaxPhraseLength => _map.Value.MaxHorizontalContext;

    // Whether a rule has exactly this phrase as its input: the map's FST holds each input, words joined by
    // SynonymMap.WORD_SEPARATOR.
    public static bool IsRuleInput(string phrase)
    {
        var input = new Int32sRef(phrase.Length);
        foreach (var c in phrase)
        {
            input.Int32s[input.Length++] = c == ' ' ? SynonymMap.WORD_SEPARATOR : c;
        }

        return _map.Value.Fst is { } fst && Util.Get(fst, input) is not null;
    }

    // The words of every term equivalent to the phrase (space-separated words as the query analysis gives them),
    // the phrase's own words included; empty when no rule has the phrase as its input.
    public static List<string> Lookup(string phrase)
    {
        if (!IsRuleInput(phrase))
        {
            return [];
        }

        var words = new List<string>();
        using var stream = _lookup.Value.GetTokenStream("", phrase);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    private static SynonymMap Load()
    {
        using var stream = typeof(SynonymDictionary).Assembly.GetManifestResourceStream("Matching.Engine.Analysis.Data.synonyms-nl.txt")
            ?? throw new InvalidOperationException("The synonym list is not embedded.");
        using var reader = new StreamReader(stream);
        var parser = new SolrSynonymParser(dedup: true, expand: true, new DutchTokenAnalyzer(folded: true));
        parser.Parse(reader);
        return parser.Build();
    }
}
