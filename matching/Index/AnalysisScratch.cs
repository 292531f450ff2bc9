using System.Runtime.InteropServices;

namespace Matching.Engine.Index;

// The working memory of analysing documents on one thread: the tokens of the field at hand and their counts.
// Both keep their capacity from document to document, so a field costs only its result arrays.
internal sealed class AnalysisScratch
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public List<string> Tokens { get; } = [];

    // The positions Tokens take: fewer than Tokens when some share a position (compound parts).
    public int Positions { get; set; }

    // The distinct tokens of Tokens, each with its count, in the order first seen.
    public AnalyzedField Count()
    {
        if (Tokens.Count == 0)
        {
            return AnalyzedField.Empty;
        }

        _counts.Clear();
        foreach (var token in Tokens)
        {
            ArgumentNullException.ThrowIfNull(token, "term");
            CollectionsMarshal.GetValueRefOrAddDefault(_counts, token, out _)++;
        }

        var terms = new string[_counts.Count];
        var freqs = new int[_counts.Count];
        var i = 0;
        foreach (var (term, freq) in _counts)
        {
            terms[i] = term;
            freqs[i] = freq;
            i++;
        }

        // Length counts positions, not tokens: Lucene's BM25Similarity discounts overlapping tokens by default.
        return new AnalyzedField(terms, freqs, Positions, Tokens.Count);
    }
}
