using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Matching.Engine.Analysis;

// The second half of the Dutch chain, for one word at a time: fold it to ASCII, drop it if it is a Dutch stop word,
// split the compound against the shipped dictionary, then stem the word and its parts with the Snowball Dutch stemmer (the one Lucene's
// DutchAnalyzer and PostgreSQL's dutch configuration use), except the words whose stem Lucene's DutchAnalyzer
// overrides because Snowball gives their singular and plural different stems ("fiets" and "fietsen").
internal sealed class DutchWordAnalyzer : Analyzer
{
    private static readonly StemmerOverrideFilter.StemmerOverrideMap Overrides = BuildOverrides();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        TokenStream stream = new ASCIIFoldingFilter(tokenizer);
        stream = new StopFilter(DutchTokenAnalyzer.Version, stream, DutchStopWords.Set);
        stream = new DutchCompoundWordFilter(stream, CompoundDictionary.Shared);
        stream = new StemmerOverrideFilter(stream, Overrides);
        stream = new SnowballFilter(stream, new DutchStemmer());
        return new TokenStreamComponents(tokenizer, stream);
    }

    // Lucene's DutchAnalyzer's default stem dictionary.
    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        builder.Add("fiets", "fiets");
        builder.Add("bromfiets", "bromfiets");
        builder.Add("ei", "eier");
        builder.Add("kind", "kinder");
        return builder.Build();
    }
}
