namespace Matching.Engine.Index;

// The inverted index of one text field in one segment. The postings of all terms, doc ids and frequencies, are packed in
// blocks (PostingBlocks), term t owning the positions [PostingStarts[t], PostingStarts[t + 1]), doc ids ascending; norms and exact lengths are one entry per document (0 for documents without
// the field). The same postings are also kept document by document (a forward index, like Lucene's term vectors): a
// query that filters first scores its few candidates by reading their own terms instead of leaping through long
// postings lists.
internal sealed class TextPostings
{
    public TextPostings(Dictionary<string, int> termIds, int[] postingStarts, int[] docs, PostingFreqs freqs, byte[] norms, int[] lengths)
    {
        TermIds = termIds;
        PostingStarts = postingStarts;
        Blocks = PostingBlocks.Pack(postingStarts, docs, freqs);
        Norms = norms;
        Lengths = lengths;
        Forward = ForwardIndex.Build(postingStarts, docs, freqs, norms.Length);
        Impacts = ImpactBlocks.Build(Blocks, docs, freqs, norms);
    }

    public Dictionary<string, int> TermIds { get; }

    public int[] PostingStarts { get; }

    // The doc ids and frequencies, block by block; a PostingsCursor reads them.
    public PostingBlocks Blocks { get; }

    public int PostingCount => Blocks.Count;

    // IntToByte4 of the length, as Lucene stores it.
    public byte[] Norms { get; }

    // Exact token counts (overlapping tokens included, as sumTotalTermFreq counts them), so deletes can keep the live statistics exact.
    public int[] Lengths { get; }

    // The same postings document by document.
    public ForwardIndex Forward { get; }

    // Per block of 128 postings of each term: its last doc id and what bounds its best score.
    public ImpactBlocks Impacts { get; }

    public bool TryGetPostings(string term, out int start, out int end) =>
        TryGetPostings(term, out _, out start, out end);

    public bool TryGetPostings(string term, out int termId, out int start, out int end)
    {
        if (TermIds.TryGetValue(term, out termId))
        {
            start = PostingStarts[termId];
            end = PostingStarts[termId + 1];
            return true;
        }

        termId = -1;
        start = end = 0;
        return false;
    }

    // The frequency of term in doc, or 0.
    public int FreqOf(int term, int doc) => Blocks.FreqOf(term, doc);

    // The frequency of term in document doc, from the forward index's byte for it (255: look it up in the postings).
    public int DocTermFreq(int doc, int term, int freqByte) =>
        freqByte < PostingFreqs.Aside ? freqByte : FreqOf(term, doc);

    public void CountMemory(IndexMemory memory)
    {
        Blocks.CountMemory(memory);
        memory.AddTerms("text: term dictionaries", TermIds);
        memory.Add("text: norms and lengths", Norms);
        memory.Add("text: norms and lengths", Lengths);
        Forward.CountMemory(memory);
        Impacts.CountMemory(memory);
    }

    // Saved as the terms in id order (so that ids, and the order a merge visits the terms in, come back the same), each
    // with its postings count; then all postings as gaps from the previous doc id of the term (the first as it is), all
    // frequencies, the norms as bytes and the lengths. Runs of numbers of one kind decode fast. The forward index is
    // derived from the postings again, as the constructor does.
    public void WriteTo(IndexOutput output)
    {
        var terms = new string[TermIds.Count];
        foreach (var (term, id) in TermIds)
        {
            terms[id] = term;
        }

        output.WriteVarInt(terms.Length);
        output.WriteVarInt(PostingCount);
        for (var id = 0; id < terms.Length; id++)
        {
            output.WriteString(terms[id]);
            output.WriteVarInt(PostingStarts[id + 1] - PostingStarts[id]);
        }

        Span<int> docs = stackalloc int[PostingBlocks.BlockSize];
        Span<int> freqs = stackalloc int[PostingBlocks.BlockSize];
        for (var id = 0; id < terms.Length; id++)
        {
            var previous = 0;
            var blocks = Blocks.Read(id, docs);
            while (blocks.MoveNext())
            {
                foreach (var doc in blocks.Docs)
                {
                    output.WriteVarInt(doc - previous);
                    previous = doc;
                }
            }
        }

        for (var id = 0; id < terms.Length; id++)
        {
            var blocks = Blocks.Read(id, docs, freqs);
            while (blocks.MoveNext())
            {
                foreach (var freq in blocks.Freqs)
                {
                    output.WriteVarInt(freq);
                }
            }
        }

        output.WriteBytes(Norms);
        foreach (var length in Lengths)
        {
            output.WriteVarInt(length);
        }
    }

    public static TextPostings ReadFrom(IndexInput input, int maxDoc)
    {
        // A term takes at least two bytes (its length and its postings count), a posting two (gap and frequency).
        var termCount = input.ReadCount(2);
        var postingCount = input.ReadCount(2);
        var termIds = new Dictionary<string, int>(termCount, StringComparer.Ordinal);
        var starts = new int[termCount + 1];
        for (var id = 0; id < termCount; id++)
        {
            if (!termIds.TryAdd(input.ReadString(), id))
            {
                throw IndexInput.Corrupt("a term listed twice");
            }

            starts[id + 1] = starts[id] + input.ReadVarInt();
            if (starts[id + 1] < starts[id] || starts[id + 1] > postingCount)
            {
                throw IndexInput.Corrupt("more postings than the field has");
            }
        }

        if (starts[termCount] != postingCount)
        {
            throw IndexInput.Corrupt("fewer postings than the field has");
        }

        var docs = new int[postingCount];
        input.ReadVarInts(docs);
        for (var id = 0; id < termCount; id++)
        {
            // Doc ids ascend within a term.
            var doc = -1;
            for (var p = starts[id]; p < starts[id + 1]; p++)
            {
                var gap = docs[p];
                doc = p == starts[id] ? gap : doc + gap;
                if ((gap == 0 && p > starts[id]) || doc >= maxDoc || doc < 0)
                {
                    throw IndexInput.Corrupt("postings out of order or past the segment's documents");
                }

                docs[p] = doc;
            }
        }

        var freqs = new PostingFreqs.Builder(postingCount);
        for (var p = 0; p < postingCount; p++)
        {
            freqs.Set(p, input.ReadVarInt());
        }

        var norms = new byte[maxDoc];
        input.ReadBytes(norms);
        var lengths = new int[maxDoc];
        input.ReadVarInts(lengths);
        return new TextPostings(termIds, starts, docs, freqs.Build(), norms, lengths);
    }
}
