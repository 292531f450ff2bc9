using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace Matching.Engine.Analysis;

// The first half of the Dutch chain, from Lucene.Net's components: words as runs of letters and digits (so
// "mbo-verpleegkundige" gives two words and "auto's" gives "auto" and a lone "s"), lower-cased as they are read. For
// a document that is all: folding, stop words and the rest depend on the word alone and are done once per distinct
// word (DutchAnalyzer keeps the result). A query also folds each word here ("één" is "een"), because its reader needs
// to see the folded stop words ("niet", "geen") and the words of synonym rules, single letters included. A text that
// names a programming language by punctuation ("C#", "C++", ".NET") first has it mapped to a name the tokenizer keeps,
// and a text with combining accents ("e" + U+0301) has them dropped; other texts, nearly all, skip those two steps
// (the char filter costs more than the rest of the chain).
internal sealed class DutchTokenAnalyzer(bool folded, bool unusualText = false) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Longer words are dropped: they are data (hashes, glued text) rather than words.
    public const int MaxTokenLength = 64;

    private static readonly (string Written, string Name)[] ProgrammingLanguages =
    [
        ("C#", " csharp "), ("c#", " csharp "), ("F#", " fsharp "), ("f#", " fsharp "),
        ("C++", " cplusplus "), ("c++", " cplusplus "), (".NET", " dotnet "), (".Net", " dotnet "), (".net", " dotnet "),
    ];

    private static readonly NormalizeCharMap CharMap = BuildCharMap();

    // Whether a text needs the steps that only unusual texts need.
    public static bool IsUnusual(string text) =>
        text.AsSpan().IndexOfAny('#', '+') >= 0 || text.AsSpan().IndexOfAnyInRange('\u0300', '\u036F') >= 0 || NamesDotNet(text);

    // ".net" in any case. A case-insensitive Contains takes a slow path under invariant globalization (measured: 3% of an
    // index build); this looks only at the dots, which an ordinal search finds fast.
    private static bool NamesDotNet(ReadOnlySpan<char> text)
    {
        for (var dot = text.IndexOf('.'); dot >= 0 && dot + 3 < text.Length; dot = text.IndexOf('.'))
        {
            if ((text[dot + 1] | 0x20) == 'n' && (text[dot + 2] | 0x20) == 'e' && (text[dot + 3] | 0x20) == 't')
            {
                return true;
            }

            text = text[(dot + 1)..];
        }

        return false;
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        unusualText ? new MappingCharFilter(CharMap, reader) : reader;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new DutchWordTokenizer(reader);
        TokenStream stream = unusualText ? new DropCombiningMarksFilter(tokenizer) : tokenizer;
        if (folded)
        {
            stream = new ASCIIFoldingFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    private static NormalizeCharMap BuildCharMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (written, name) in ProgrammingLanguages)
        {
            builder.Add(written, name);
        }

        return builder.Build();
    }
}
