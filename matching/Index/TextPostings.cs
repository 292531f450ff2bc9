namespace Matching.Engine.Index;

// The inverted index of one text field in one segment. Postings of all terms share two flat arrays,
// term t owning [PostingStarts[t], PostingStarts[t + 1]), doc ids ascending; norms and exact
// lengths are one entry per document (0 for documents without the field).
internal sealed class TextPostings(Dictionary<string, int> termIds, int[] postingStarts, int[] docs, int[] freqs, byte[] norms, int[] lengths)
{
    public Dictionary<string, int> TermIds { get; } = termIds;

    public int[] PostingStarts { get; } = postingStarts;

    public int[] Docs { get; } = docs;

    public int[] Freqs { get; } = freqs;

    // IntToByte4 of the length, as Lucene stores it.
    public byte[] Norms { get; } = norms;

    // Exact lengths, so deletes can keep the live statistics exact.
    public int[] Lengths { get; } = lengths;

    public bool TryGetPostings(string term, out int start, out int end)
    {
        if (TermIds.TryGetValue(term, out var id))
        {
            start = PostingStarts[id];
            end = PostingStarts[id + 1];
            return true;
        }

        start = end = 0;
        return false;
    }

    // The frequency of the term whose postings are [start, end) in doc, or 0.
    public int FreqOf(int start, int end, int doc)
    {
        var position = Array.BinarySearch(Docs, start, end - start, doc);
        return position >= 0 ? Freqs[position] : 0;
    }
}
