using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;

namespace Matching.Engine.Analysis;

/// <summary>
/// Splits a Dutch compound into its parts after the word itself, at the same position, as Lucene's
/// <c>DictionaryCompoundWordTokenFilter</c> does, but only where the parts tile the whole word: every letter
/// belongs to a dictionary part or to a linking sound between two parts (-s-, -e-, -en-, -er-, as in
/// "veiligheidsschoenen" or "kinderopvang"), with the fewest parts and, among as few, the parts that make the most
/// compounds ("verkeer" + "licht" rather than "verkeer" + "slicht" in "verkeerslicht"). Lucene's filter emits
/// every dictionary word found anywhere inside the word ("werker" and "erker" in "kassamedewerker"); a tiling
/// gives "kassa" and "medewerker" only, and a word that cannot be tiled is not split at all.
/// </summary>
internal sealed class DutchCompoundWordFilter : CompoundWordTokenFilterBase
{
    /// <summary>The shortest part, and so half the shortest word that is split.</summary>
    public const int MinPartLength = 4;

    private static readonly string[] Links = ["", "s", "e", "en", "er"];

    private readonly CompoundDictionary _dictionary;

    // Per start position: the fewest parts that tile the rest of the word, their score (the sum of the logarithms of
    // the compounds each part makes), the end of the first part, and where the next one starts.
    private int[] _count = new int[DutchTokenAnalyzer.MaxTokenLength * 2 + 1];
    private double[] _score = new double[DutchTokenAnalyzer.MaxTokenLength * 2 + 1];
    private int[] _partEnd = new int[DutchTokenAnalyzer.MaxTokenLength * 2 + 1];
    private int[] _next = new int[DutchTokenAnalyzer.MaxTokenLength * 2 + 1];

    /// <summary>Creates the filter.</summary>
    /// <param name="input">Lower-case, folded words.</param>
    internal DutchCompoundWordFilter(TokenStream input, CompoundDictionary dictionary)
        : base(DutchTokenAnalyzer.Version, input, dictionary.Parts, 2 * MinPartLength, MinPartLength, int.MaxValue, onlyLongestMatch: false)
    {
        _dictionary = dictionary;
    }

    /// <inheritdoc/>
    protected override void Decompose()
    {
        var word = m_termAtt.Buffer;
        var length = m_termAtt.Length;
        EnsureCapacity(length + 1);

        const int None = int.MaxValue;
        _count[length] = 0;
        _score[length] = 0;
        for (var start = length - 1; start >= 0; start--)
        {
            _count[start] = None;
            _score[start] = double.NegativeInfinity;
            // The word itself is not one of its own parts.
            var longest = start == 0 ? length - 1 : length;
            for (var end = longest; end >= start + MinPartLength; end--)
            {
                var uses = _dictionary.UsesOf(word.AsSpan(start, end - start));
                if (uses == 0)
                {
                    continue;
                }

                foreach (var link in Links)
                {
                    var next = end + link.Length;
                    var linked = link.Length == 0 || (next < length && word.AsSpan(end, link.Length).SequenceEqual(link));
                    if (!linked || next > length || _count[next] == None)
                    {
                        continue;
                    }

                    var (count, score) = (_count[next] + 1, _score[next] + Math.Log(1 + uses));
                    if (count < _count[start] || (count == _count[start] && score > _score[start]))
                    {
                        (_count[start], _score[start], _partEnd[start], _next[start]) = (count, score, end, next);
                    }
                }
            }
        }

        if (_count[0] is < 2 or None || IsWordOfItsOwn(word, length))
        {
            return;
        }

        for (var start = 0; start < length; start = _next[start])
        {
            m_tokens.Enqueue(new CompoundToken(this, start, _partEnd[start] - start));
        }
    }

    // A word that makes more compounds of its own than one of its parts is a word in its own right, not a compound of
    // them: "transport" (transportbedrijf, ...) is not "trans" + "port", while "vrachtwagen" is "vracht" + "wagen".
    private bool IsWordOfItsOwn(char[] word, int length)
    {
        var uses = _dictionary.UsesOf(word.AsSpan(0, length));
        if (uses == 0)
        {
            return false;
        }

        for (var start = 0; start < length; start = _next[start])
        {
            if (_dictionary.UsesOf(word.AsSpan(start, _partEnd[start] - start)) < uses)
            {
                return true;
            }
        }

        return false;
    }

    private void EnsureCapacity(int size)
    {
        if (_count.Length < size)
        {
            _count = new int[size];
            _score = new double[size];
            _partEnd = new int[size];
            _next = new int[size];
        }
    }
}
