using Lucene.Net.Analysis.Util;

namespace Matching.Engine.Analysis;

// Words of a wish that say nothing about the work (Data/query-stopwords-nl.txt), and the words that negate the
// words after them.
internal static class QueryStopWords
{
    private static readonly Lazy<CharArraySet> _fillers = new(Load);

    public static CharArraySet Fillers => _fillers.Value;

    // "geen nachtdiensten", "niet in het weekend", "zonder tillen", "nooit 's nachts".
    public static CharArraySet Negations { get; } = new CharArraySet(DutchTokenAnalyzer.Version, ["niet", "geen", "zonder", "nooit"], ignoreCase: false).AsReadOnly();

    // Words that end a negation before its usual reach: "geen nachtdiensten maar wel weekenden".
    public static CharArraySet NegationEnds { get; } = new CharArraySet(DutchTokenAnalyzer.Version, ["maar", "wel", "liefst", "graag", "juist"], ignoreCase: false).AsReadOnly();

    private static CharArraySet Load()
    {
        using var stream = typeof(QueryStopWords).Assembly.GetManifestResourceStream("Matching.Engine.Analysis.Data.query-stopwords-nl.txt")
            ?? throw new InvalidOperationException("The query stop words are not embedded.");
        using var reader = new StreamReader(stream);
        var words = new CharArraySet(DutchTokenAnalyzer.Version, 64, ignoreCase: false);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }

        return words.AsReadOnly();
    }
}
