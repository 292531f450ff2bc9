using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Matching.Engine.Analysis;

// The second half of the Dutch chain, for one word at a time: split the compound against the shipped
// dictionary, then stem the word and its parts with the Snowball Dutch stemmer (the one Lucene's
// DutchAnalyzer and PostgreSQL's dutch configuration use).
internal sealed class DutchWordAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KeywordTokenizer(reader);
        TokenStream stream = new DutchCompoundWordFilter(tokenizer, CompoundDictionary.Shared);
        stream = new SnowballFilter(stream, new DutchStemmer());
        return new TokenStreamComponents(tokenizer, stream);
    }
}
