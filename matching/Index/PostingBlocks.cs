namespace Matching.Engine.Index;

/// <summary>
/// A text field's postings, block-encoded as Lucene's postings format keeps them: each term's postings are cut into
/// blocks of <see cref="BlockSize"/> (the last one shorter), and a block keeps its doc ids less its base (the doc after
/// the last of the block before, or 0) and its frequencies less one, each bit-packed at the width its largest number
/// needs (<see cref="BitPackedBlocks"/>). A common term's block spans few documents and nearly every frequency is 1, so
/// a posting takes one to two bytes where an int and a byte took five. Offsets from the base rather than gaps (Lucene
/// packs gaps) cost a few bits a posting more, and buy that any doc id of a block reads on its own: a cursor that
/// advances searches a block without decoding it, and decoding a whole block carries no sum from one to the next. Each
/// block's last doc id is kept apart, so a cursor (<see cref="PostingsCursor"/>) leaps whole blocks without reading them. The packed form lives in memory only: a saved segment writes plain numbers
/// (<see cref="TextPostings.WriteTo"/>).
/// </summary>
internal sealed class PostingBlocks
{
    public const int BlockShift = 7;
    public const int BlockSize = 1 << BlockShift;

    private readonly BitPackedBlocks _docs;
    private readonly BitPackedBlocks _freqs;

    private PostingBlocks(int[] postingStarts, int[] blockStarts, int[] lastDocs, BitPackedBlocks docs, BitPackedBlocks freqs)
    {
        PostingStarts = postingStarts;
        BlockStarts = blockStarts;
        LastDocs = lastDocs;
        _docs = docs;
        _freqs = freqs;
    }

    // Term t owns the postings [PostingStarts[t], PostingStarts[t + 1]), and the blocks [BlockStarts[t], BlockStarts[t + 1]):
    // its k-th block holds its postings from k * BlockSize on.
    public int[] PostingStarts { get; }

    public int[] BlockStarts { get; }

    public int[] LastDocs { get; }

    public int Count => PostingStarts[^1];

    public static PostingBlocks Pack(int[] postingStarts, int[] docs, PostingFreqs freqs)
    {
        var termCount = postingStarts.Length - 1;
        var blockStarts = new int[termCount + 1];
        for (var term = 0; term < termCount; term++)
        {
            blockStarts[term + 1] = blockStarts[term] + ((postingStarts[term + 1] - postingStarts[term] + BlockSize - 1) >> BlockShift);
        }

        var lastDocs = new int[blockStarts[termCount]];
        // About a byte and a half a doc id and a quarter of a byte a frequency, as national indexes take.
        var docBlocks = new BitPackedBlocks.Builder(lastDocs.Length, (docs.Length * 3L / 2) + (2L * lastDocs.Length));
        var freqBlocks = new BitPackedBlocks.Builder(lastDocs.Length, (docs.Length / 4L) + (2L * lastDocs.Length));
        Span<int> numbers = stackalloc int[BlockSize];
        var block = 0;
        for (var term = 0; term < termCount; term++)
        {
            var first = 0;
            for (var start = postingStarts[term]; start < postingStarts[term + 1]; start += BlockSize)
            {
                var count = Math.Min(BlockSize, postingStarts[term + 1] - start);
                for (var i = 0; i < count; i++)
                {
                    numbers[i] = docs[start + i] - first;
                }

                docBlocks.Add(numbers[..count]);
                for (var i = 0; i < count; i++)
                {
                    numbers[i] = freqs[start + i] - 1;
                }

                freqBlocks.Add(numbers[..count]);
                lastDocs[block++] = docs[start + count - 1];
                first = docs[start + count - 1] + 1;
            }
        }

        return new PostingBlocks(postingStarts, blockStarts, lastDocs, docBlocks.Build(), freqBlocks.Build());
    }

    /// <summary>What block's doc ids are kept less: the doc after the last of the term's block before, or 0 for its first block.</summary>
    public int BaseOf(int term, int block) => block == BlockStarts[term] ? 0 : LastDocs[block - 1] + 1;

    /// <summary>Decodes block's doc ids into <paramref name="into"/> (as long as the block); <paramref name="first"/> is <see cref="BaseOf"/>.</summary>
    public void DecodeDocs(int block, int first, Span<int> into) => _docs.Unpack(block, into, first);

    /// <summary>The doc id of block's posting at index, read alone.</summary>
    public int DocAt(int block, int first, int index) => first + _docs.NumberAt(block, index);

    /// <summary>The first index in [from, count) of block whose doc id is target or later, or count.</summary>
    public int Search(int block, int first, int from, int count, int target) => _docs.Search(block, from, count, target - first);

    /// <summary>Decodes block's frequencies into <paramref name="into"/> (as long as the block).</summary>
    public void DecodeFreqs(int block, Span<int> into) => _freqs.Unpack(block, into, 1);

    /// <summary>
    /// Term's postings block by block, decoded into <paramref name="docs"/> and <paramref name="freqs"/> (each at least
    /// <see cref="BlockSize"/> long); an empty <paramref name="freqs"/> leaves the frequencies undecoded.
    /// </summary>
    public TermBlocks Read(int term, Span<int> docs, Span<int> freqs = default) => new(this, term, docs, freqs);

    /// <summary>The frequency of block's posting at index, read alone.</summary>
    public int FreqAt(int block, int index) => _freqs.NumberAt(block, index) + 1;

    /// <summary>The frequency of doc in term's postings, or 0 when the term's postings do not hold it.</summary>
    public int FreqOf(int term, int doc)
    {
        var firstBlock = BlockStarts[term];
        var lastBlock = BlockStarts[term + 1] - 1;
        if (lastBlock < firstBlock || LastDocs[lastBlock] < doc)
        {
            return 0;
        }

        var block = Array.BinarySearch(LastDocs, firstBlock, lastBlock - firstBlock + 1, doc);
        block = block >= 0 ? block : ~block;
        var count = Math.Min(BlockSize, PostingStarts[term + 1] - PostingStarts[term] - ((block - firstBlock) << BlockShift));
        var first = BaseOf(term, block);
        var i = Search(block, first, 0, count, doc);
        return i < count && DocAt(block, first, i) == doc ? FreqAt(block, i) : 0;
    }

    public void CountMemory(IndexMemory memory)
    {
        _docs.CountMemory(memory, "text postings: doc ids");
        _freqs.CountMemory(memory, "text postings: frequencies");
        memory.Add("text postings: blocks' last docs and term starts", BlockStarts);
        memory.Add("text postings: blocks' last docs and term starts", LastDocs);
        memory.Add("text postings: blocks' last docs and term starts", PostingStarts);
    }

    /// <summary>One term's blocks in order: <see cref="MoveNext"/> decodes the next into <see cref="Docs"/> and <see cref="Freqs"/>.</summary>
    public ref struct TermBlocks(PostingBlocks blocks, int term, Span<int> docs, Span<int> freqs)
    {
        private readonly Span<int> _docs = docs;
        private readonly Span<int> _freqs = freqs;
        private int _block = blocks.BlockStarts[term] - 1;

        public Span<int> Docs { get; private set; }

        public Span<int> Freqs { get; private set; }

        // The position of Docs[0] in the field's postings.
        public int Start { get; private set; } = blocks.PostingStarts[term] - BlockSize;

        public bool MoveNext()
        {
            if (++_block >= blocks.BlockStarts[term + 1])
            {
                return false;
            }

            Start += BlockSize;
            var count = Math.Min(BlockSize, blocks.PostingStarts[term + 1] - Start);
            Docs = _docs[..count];
            blocks.DecodeDocs(_block, blocks.BaseOf(term, _block), Docs);
            if (!_freqs.IsEmpty)
            {
                Freqs = _freqs[..count];
                blocks.DecodeFreqs(_block, Freqs);
            }

            return true;
        }
    }
}
