namespace Matching.Engine.Index;

// One text field of one document after analysis: its distinct terms, their counts, its length in positions (what
// the norm encodes: Lucene's BM25 discounts tokens that share a position) and its tokens (what the field's
// sumTotalTermFreq adds up, overlapping ones included, as in Lucene).
internal readonly record struct AnalyzedField(string[] Terms, int[] Freqs, int Length, int TokenCount)
{
    public static readonly AnalyzedField Empty = new([], [], 0, 0);
}
