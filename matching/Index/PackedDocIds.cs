using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Matching.Engine.Index;

/// <summary>
/// The doc ids of a text field's postings, block-encoded as Lucene's postings format keeps them: each term's postings
/// are cut into blocks of <see cref="BlockSize"/> (the last one shorter), and a block keeps the gaps between its doc ids
/// (the first from the last doc of the block before, or from -1) less one, bit-packed at the width its largest gap
/// needs. A common term's gaps are small, so a posting takes about a byte instead of an int's four, and a run of
/// consecutive documents takes no bits at all. Each block's last doc id and where its bits start are kept apart, so a
/// cursor (<see cref="PostingsCursor"/>) leaps whole blocks without decoding them. The packed form lives in memory only:
/// a saved segment writes plain gaps (<see cref="TextPostings.WriteTo"/>).
/// </summary>
internal sealed class PackedDocIds
{
    public const int BlockShift = 7;
    public const int BlockSize = 1 << BlockShift;

    // A block's values are read eight bytes at a time from their first byte on, so the last block may read past its end.
    private const int Padding = sizeof(ulong);

    private readonly byte[] _bits;
    private readonly int[] _offsets;
    private readonly byte[] _widths;

    private PackedDocIds(int[] postingStarts, int[] blockStarts, int[] lastDocs, int[] offsets, byte[] widths, byte[] bits)
    {
        PostingStarts = postingStarts;
        BlockStarts = blockStarts;
        LastDocs = lastDocs;
        _offsets = offsets;
        _widths = widths;
        _bits = bits;
    }

    // Term t owns the postings [PostingStarts[t], PostingStarts[t + 1]), and the blocks [BlockStarts[t], BlockStarts[t + 1]):
    // its k-th block holds its postings from k * BlockSize on.
    public int[] PostingStarts { get; }

    public int[] BlockStarts { get; }

    public int[] LastDocs { get; }

    public int Count => PostingStarts[^1];

    public static PackedDocIds Pack(int[] postingStarts, int[] docs)
    {
        var termCount = postingStarts.Length - 1;
        var blockStarts = new int[termCount + 1];
        for (var term = 0; term < termCount; term++)
        {
            blockStarts[term + 1] = blockStarts[term] + ((postingStarts[term + 1] - postingStarts[term] + BlockSize - 1) >> BlockShift);
        }

        var blockCount = blockStarts[termCount];
        var lastDocs = new int[blockCount];
        var offsets = new int[blockCount];
        var widths = new byte[blockCount];
        long size = 0;
        ForEachBlock(postingStarts, (block, start, end, previous) =>
        {
            var largest = 0;
            for (var p = start; p < end; p++)
            {
                largest = Math.Max(largest, docs[p] - (p == start ? previous : docs[p - 1]) - 1);
            }

            lastDocs[block] = docs[end - 1];
            widths[block] = (byte)(32 - BitOperations.LeadingZeroCount((uint)largest));
            offsets[block] = checked((int)size);
            size += ((long)(end - start) * widths[block] + 7) >> 3;
        });

        var bits = new byte[checked((int)size + Padding)];
        ForEachBlock(postingStarts, (block, start, end, previous) =>
        {
            var width = widths[block];
            var bit = (long)offsets[block] << 3;
            for (var p = start; p < end; p++, bit += width)
            {
                var gap = (ulong)(docs[p] - (p == start ? previous : docs[p - 1]) - 1);
                ref var at = ref bits[bit >> 3];
                Unsafe.WriteUnaligned(ref at, Unsafe.ReadUnaligned<ulong>(ref at) | (gap << (int)(bit & 7)));
            }
        });

        return new PackedDocIds(postingStarts, blockStarts, lastDocs, offsets, widths, bits);

        // Each block of each term: its number, its postings [start, end) and the doc its first gap counts from.
        void ForEachBlock(int[] starts, Action<int, int, int, int> visit)
        {
            var block = 0;
            for (var term = 0; term < termCount; term++)
            {
                var previous = -1;
                for (var start = starts[term]; start < starts[term + 1]; start += BlockSize)
                {
                    var end = Math.Min(start + BlockSize, starts[term + 1]);
                    visit(block++, start, end, previous);
                    previous = docs[end - 1];
                }
            }
        }
    }

    /// <summary>The doc id before block's first: the last of the term's block before, or -1 for its first block.</summary>
    public int DocBefore(int term, int block) => block == BlockStarts[term] ? -1 : LastDocs[block - 1];

    /// <summary>Decodes block's <paramref name="count"/> doc ids into <paramref name="into"/>, counting from <paramref name="before"/>.</summary>
    public void Decode(int block, int before, int count, Span<int> into)
    {
        into = into[..count];
        var width = _widths[block];
        if (width == 0)
        {
            for (var i = 0; i < into.Length; i++)
            {
                into[i] = before + 1 + i;
            }

            return;
        }

        ref var bits = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_bits), _offsets[block]);
        var mask = (1UL << width) - 1;
        var doc = before;
        var bit = 0;
        for (var i = 0; i < into.Length; i++, bit += width)
        {
            var word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bits, bit >> 3));
            doc += (int)((word >> (bit & 7)) & mask) + 1;
            into[i] = doc;
        }
    }

    /// <summary>Term's doc ids block by block, decoded into <paramref name="buffer"/> (at least <see cref="BlockSize"/> long).</summary>
    public TermBlocks Blocks(int term, Span<int> buffer) => new(this, term, buffer);

    /// <summary>The position of doc in term's postings, or -1 when the term's postings do not hold it.</summary>
    public int PositionOf(int term, int doc)
    {
        var firstBlock = BlockStarts[term];
        var lastBlock = BlockStarts[term + 1] - 1;
        if (lastBlock < firstBlock || LastDocs[lastBlock] < doc)
        {
            return -1;
        }

        var block = Array.BinarySearch(LastDocs, firstBlock, lastBlock - firstBlock + 1, doc);
        block = block >= 0 ? block : ~block;
        var blockStart = PostingStarts[term] + ((block - firstBlock) << BlockShift);
        Span<int> docs = stackalloc int[BlockSize];
        var count = Math.Min(BlockSize, PostingStarts[term + 1] - blockStart);
        Decode(block, DocBefore(term, block), count, docs);
        var i = docs[..count].BinarySearch(doc);
        return i >= 0 ? blockStart + i : -1;
    }

    public void CountMemory(IndexMemory memory)
    {
        memory.Add("text postings: doc ids", _bits);
        memory.Add("text postings: doc id blocks", BlockStarts);
        memory.Add("text postings: doc id blocks", LastDocs);
        memory.Add("text postings: doc id blocks", _offsets);
        memory.Add("text postings: doc id blocks", _widths);
    }

    /// <summary>One term's blocks in order: <see cref="MoveNext"/> decodes the next into <see cref="Docs"/>.</summary>
    public ref struct TermBlocks(PackedDocIds packed, int term, Span<int> buffer)
    {
        private readonly Span<int> _buffer = buffer;
        private int _block = packed.BlockStarts[term] - 1;

        public Span<int> Docs { get; private set; }

        // The position of Docs[0] in the field's postings.
        public int Start { get; private set; } = packed.PostingStarts[term] - BlockSize;

        public bool MoveNext()
        {
            if (++_block >= packed.BlockStarts[term + 1])
            {
                return false;
            }

            Start += BlockSize;
            var count = Math.Min(BlockSize, packed.PostingStarts[term + 1] - Start);
            packed.Decode(_block, packed.DocBefore(term, _block), count, _buffer);
            Docs = _buffer[..count];
            return true;
        }
    }
}
