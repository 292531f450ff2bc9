using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Matching.Engine.Analysis;

// Removes combining marks from a word, in place: decomposed text ("e" + U+0301) then folds as precomposed text does.
internal sealed class DropCombiningMarksFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public DropCombiningMarksFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c < '\u0300' || CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                buffer[kept++] = c;
            }
        }

        _term.Length = kept;
        return true;
    }
}
