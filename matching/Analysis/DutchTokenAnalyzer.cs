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

    // Combining accents of decomposed text ("e" + U+0301) are dropped before tokenizing, so "café" written either
    // way gives one word; ASCII folding handles the precomposed letters.
    private static readonly NormalizeCharMap DropCombiningMarks = BuildDropCombiningMarks();

    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(DropCombiningMarks, reader);

    private static NormalizeCharMap BuildDropCombiningMarks()
    {
        var builder = new NormalizeCharMap.Builder();
        for (var mark = '\u0300'; mark <= '\u036F'; mark++)
        {
            builder.Add(mark.ToString(), "");
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
