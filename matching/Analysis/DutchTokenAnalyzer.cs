using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Util;

namespace Matching.Engine.Analysis;

// The first half of the Dutch chain, from Lucene.Net's components: words by Unicode's word rules (UAX #29, so
// "mbo-verpleegkundige" gives two words and "auto's" one), the apostrophe's ending cut off ("auto's" is "auto"),
// lower-cased, folded to ASCII ("één" is "een", "ĳ" is "ij"), and single letters and lone digits dropped.
// Stop words and single letters are dropped too unless the caller needs to see them: the query side reads "niet" and
// "geen", and a synonym rule such as "rijbewijs b" needs its letter.
internal sealed class DutchTokenAnalyzer(bool keepStopWords, bool keepShortWords = false) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Longer tokens are skipped, as Lucene skips them: they are data (hashes, glued text) rather than words.
    public const int MaxTokenLength = 64;

    // Before tokenizing: combining accents of decomposed text ("e" + U+0301) are dropped, so "café" written either way
    // gives one word (ASCII folding handles the precomposed letters); and the programming languages whose names are
    // mostly punctuation get names the tokenizer keeps ("C#" would be a lone letter).
    private static readonly (string Written, string Name)[] ProgrammingLanguages =
    [
        ("C#", " csharp "), ("c#", " csharp "), ("F#", " fsharp "), ("f#", " fsharp "),
        ("C++", " cplusplus "), ("c++", " cplusplus "), (".NET", " dotnet "), (".Net", " dotnet "), (".net", " dotnet "),
    ];

    private static readonly NormalizeCharMap CharMap = BuildCharMap();

    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(CharMap, reader);

    private static NormalizeCharMap BuildCharMap()
    {
        var builder = new NormalizeCharMap.Builder();
        for (var mark = '\u0300'; mark <= '\u036F'; mark++)
        {
            builder.Add(mark.ToString(), "");
        }

        foreach (var (written, name) in ProgrammingLanguages)
        {
            builder.Add(written, name);
        }

        return builder.Build();
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = MaxTokenLength };
        TokenStream stream = new ApostropheFilter(tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        if (!keepShortWords)
        {
            stream = new LengthFilter(Version, stream, 2, int.MaxValue);
        }

        if (!keepStopWords)
        {
            stream = new StopFilter(Version, stream, DutchStopWords.Set);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
