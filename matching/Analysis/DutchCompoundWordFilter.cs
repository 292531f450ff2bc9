using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Util;

namespace Matching.Engine.Analysis;

/// <summary>
/// Splits a Dutch compound into its parts after the word itself, at the same position, as Lucene's
/// <c>DictionaryCompoundWordTokenFilter</c> does, but only where the parts tile the whole word: every letter
/// belongs to a dictionary part or to a linking sound between two parts (-s-, -e-, -en-, -er-, as in
/// "veiligheidsschoenen" or "kinderopvang"), with the fewest parts, the longest first. Lucene's filter emits
/// every dictionary word found anywhere inside the word ("werker" and "erker" in "kassamedewerker"); a tiling
/// gives "kassa" and "medewerker" only, and a word that cannot be tiled is not split at all.
/// </summary>
public sealed class DutchCompoundWordFilter : CompoundWordTokenFilterBase
{
    /// <summary>The shortest part, and so half the shortest word that is split.</summary>
    public const int MinPartLength = 4;

    private static readonly string[] Links = ["", "s", "e", "en", "er"];

    // Per start position: the fewest parts that tile the rest of the word, the end of the first part, and where the next one starts.
    private int[] _count = new int[DutchTokenAnalyzer.MaxTokenLength * 2 + 1];
    private int[] _partEnd = new int[DutchTokenAnalyzer.MaxTokenLength * 2 + 1];
    private int[] _next = new int[DutchTokenAnalyzer.MaxTokenLength * 2 + 1];

    /// <summary>Creates the filter.</summary>
    /// <param name="input">Lower-case, folded words.</param>
    /// <param name="dictionary">The compound parts.</param>
    public DutchCompoundWordFilter(TokenStream input, CharArraySet dictionary)
        : base(DutchTokenAnalyzer.Version, input, dictionary, 2 * MinPartLength, MinPartLength, int.MaxValue, onlyLongestMatch: false)
    {
    }

    /// <inheritdoc/>
    protected override void Decompose()
    {
        var word = m_termAtt.Buffer;
        var length = m_termAtt.Length;
        EnsureCapacity(length + 1);

        const int None = int.MaxValue;
        _count[length] = 0;
        for (var start = length - 1; start >= 0; start--)
        {
            _count[start] = None;
            // The word itself is not one of its own parts.
            var longest = start == 0 ? length - 1 : length;
            for (var end = longest; end >= start + MinPartLength; end--)
            {
                if (!m_dictionary.Contains(word, start, end - start))
                {
                    continue;
                }

                foreach (var link in Links)
                {
                    var next = end + link.Length;
                    var linked = link.Length == 0 || (next < length && word.AsSpan(end, link.Length).SequenceEqual(link));
                    if (linked && next <= length && _count[next] != None && _count[next] + 1 < _count[start])
                    {
                        (_count[start], _partEnd[start], _next[start]) = (_count[next] + 1, end, next);
                    }
                }
            }
        }

        if (_count[0] is < 2 or None)
        {
            return;
        }

        for (var start = 0; start < length; start = _next[start])
        {
            m_tokens.Enqueue(new CompoundToken(this, start, _partEnd[start] - start));
        }
    }

    private void EnsureCapacity(int size)
    {
        if (_count.Length < size)
        {
            _count = new int[size];
            _partEnd = new int[size];
            _next = new int[size];
        }
    }
}
