using System.Numerics;

namespace Matching.Engine.Index;

// Lucene's impacts, beside one text field's postings: each term's postings are cut into blocks of BlockSize (the last one
// shorter), and each block keeps its last doc id and the (freq, norm) pairs of its postings that no other posting of
// the block beats on both counts. A BM25 term score grows with the frequency and shrinks with the length, whatever the
// weight and the average length, so a block's best score for a query is the best of its impacts: a search bounds what
// a block or a window of documents can add without reading the postings (MaxScoreCollector).
// Derived from the postings alone, as the forward index is, so whatever builds a TextPostings (a new segment, a merge,
// a segment read back from disk) builds this too and nothing needs to store it.
internal sealed class ImpactBlocks
{
    public const int BlockShift = PostingBlocks.BlockShift;
    public const int BlockSize = PostingBlocks.BlockSize;

    private ImpactBlocks(int[] blockStarts, int[] lastDocs, int[] impactStarts, int[] impactFreqs, byte[] impactNorms)
    {
        BlockStarts = blockStarts;
        LastDocs = lastDocs;
        ImpactStarts = impactStarts;
        ImpactFreqs = impactFreqs;
        ImpactNorms = impactNorms;
    }

    // Term t owns blocks [BlockStarts[t], BlockStarts[t + 1]); its k-th block holds its postings from k * BlockSize on.
    public int[] BlockStarts { get; }

    public int[] LastDocs { get; }

    // Block b's impacts are [ImpactStarts[b], ImpactStarts[b + 1]): norms ascending and frequencies ascending, as each
    // longer document must make up for its length with a higher frequency to be kept.
    public int[] ImpactStarts { get; }

    public int[] ImpactFreqs { get; }

    public byte[] ImpactNorms { get; }

    public void CountMemory(IndexMemory memory)
    {
        memory.Add("impact blocks", ImpactStarts);
        memory.Add("impact blocks", ImpactFreqs);
        memory.Add("impact blocks", ImpactNorms);
    }

    // The blocks are those of the packed doc ids, whose block arrays this shares.
    public static ImpactBlocks Build(PostingBlocks blocks, int[] docs, PostingFreqs freqs, byte[] norms)
    {
        var postingStarts = blocks.PostingStarts;
        var termCount = postingStarts.Length - 1;
        var blockStarts = blocks.BlockStarts;
        var blockCount = blockStarts[termCount];
        var impactStarts = new int[blockCount + 1];
        var impacts = new ImpactList(blockCount * 2);
        var bestFreqByNorm = new int[256];
        Span<ulong> normsSeen = stackalloc ulong[4];
        var block = 0;
        for (var term = 0; term < termCount; term++)
        {
            for (var start = postingStarts[term]; start < postingStarts[term + 1]; start += BlockSize)
            {
                var end = Math.Min(start + BlockSize, postingStarts[term + 1]);
                for (var p = start; p < end; p++)
                {
                    var norm = norms[docs[p]];
                    bestFreqByNorm[norm] = Math.Max(bestFreqByNorm[norm], freqs[p]);
                    normsSeen[norm >> 6] |= 1UL << norm;
                }

                // Shortest documents first: a norm's best frequency is kept only when it beats every shorter document's.
                var best = 0;
                for (var word = 0; word < normsSeen.Length; word++)
                {
                    for (var bits = normsSeen[word]; bits != 0; bits &= bits - 1)
                    {
                        var norm = (word << 6) + BitOperations.TrailingZeroCount(bits);
                        if (bestFreqByNorm[norm] > best)
                        {
                            best = bestFreqByNorm[norm];
                            impacts.Add(best, (byte)norm);
                        }

                        bestFreqByNorm[norm] = 0;
                    }

                    normsSeen[word] = 0;
                }

                impactStarts[++block] = impacts.Count;
            }
        }

        return new ImpactBlocks(blockStarts, blocks.LastDocs, impactStarts, impacts.Freqs(), impacts.Norms());
    }

    // A growing pair of arrays, trimmed at the end: most blocks have one to a few impacts.
    private sealed class ImpactList(int capacity)
    {
        private int[] _freqs = new int[Math.Max(capacity, 4)];
        private byte[] _norms = new byte[Math.Max(capacity, 4)];

        public int Count { get; private set; }

        public void Add(int freq, byte norm)
        {
            if (Count == _freqs.Length)
            {
                Array.Resize(ref _freqs, Count * 2);
                Array.Resize(ref _norms, Count * 2);
            }

            _freqs[Count] = freq;
            _norms[Count++] = norm;
        }

        public int[] Freqs() => _freqs[..Count];

        public byte[] Norms() => _norms[..Count];
    }
}
