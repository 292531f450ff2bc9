namespace Matching.Engine.Index;

/// <summary>
/// One term's postings in one segment, read forward in doc order, a block at a time: Lucene's PostingsEnum over
/// <see cref="PostingBlocks"/>. <see cref="Position"/> is the posting's place in the field's postings. A cursor that
/// advances reads the doc ids and frequencies it passes where they lie, a binary search within a block; tight loops read
/// a whole decoded block (<see cref="DecodedBlock"/> from <see cref="BlockStart"/> to <see cref="BlockEnd"/>, and
/// <see cref="BlockFreqs"/>) and come back with <see cref="MoveTo"/>. Cursors are pooled per thread, so a query decodes
/// into the same few arrays.
/// </summary>
internal sealed class PostingsCursor
{
    public const int Exhausted = int.MaxValue;

    // The most cursors a thread keeps for its next searches.
    private const int PoolLimit = 256;

    // Searches reuse the cursors of the searches before them on the thread: each cursor holds two decoded blocks (a
    // kilobyte), which a search of many clauses would otherwise allocate anew.
    [ThreadStatic]
    private static Stack<PostingsCursor>? t_pool;

    private readonly int[] _blockDocs = new int[PostingBlocks.BlockSize];
    private readonly int[] _blockFreqs = new int[PostingBlocks.BlockSize];
    private PostingBlocks _packed = null!;
    private int _term;
    private int _firstBlock;
    private int _endBlock;
    private int _block;

    // What the current block's doc ids are kept less (PostingBlocks.BaseOf).
    private int _base;

    // The block whose doc ids, and whose frequencies, the arrays hold, or -1.
    private int _docsBlock = -1;
    private int _freqsBlock = -1;

    private PostingsCursor()
    {
    }

    public int Start { get; private set; }

    public int End { get; private set; }

    public int Length => End - Start;

    // The position of the current block's first posting, and past its last.
    public int BlockStart { get; private set; }

    public int BlockEnd { get; private set; }

    public int Position { get; private set; }

    // The current posting's document, Exhausted past the last.
    public int Doc { get; private set; }

    public bool IsExhausted => Position >= End;

    // The current posting's frequency.
    public int Freq => FreqAt(Position);

    public static PostingsCursor Rent() => t_pool is { Count: > 0 } pool ? pool.Pop() : new PostingsCursor();

    // Gives the cursor back for a later search (on this thread); it lets go of its segment's postings.
    public static void Return(PostingsCursor cursor)
    {
        cursor._packed = null!;
        var pool = t_pool ??= new Stack<PostingsCursor>();
        if (pool.Count < PoolLimit)
        {
            pool.Push(cursor);
        }
    }

    // Positions the cursor on term's first posting; a term id below 0 (a term the segment lacks) gives no postings.
    public void Reset(TextPostings postings, int term)
    {
        _packed = postings.Blocks;
        _term = term;
        _docsBlock = _freqsBlock = -1;
        if (term < 0)
        {
            Start = End = Position = BlockStart = BlockEnd = 0;
            _firstBlock = _endBlock = _block = 0;
            Doc = Exhausted;
            return;
        }

        Start = _packed.PostingStarts[term];
        End = _packed.PostingStarts[term + 1];
        _firstBlock = _packed.BlockStarts[term];
        _endBlock = _packed.BlockStarts[term + 1];
        LoadBlock(_firstBlock);
    }

    // The frequency of a posting of the current block.
    public int FreqAt(int position) =>
        _freqsBlock == _block ? _blockFreqs[position - BlockStart] : _packed.FreqAt(_block, position - BlockStart);

    /// <summary>The current block's doc ids, from <see cref="BlockStart"/> on, decoded at the first call for the block.</summary>
    public int[] DecodedBlock()
    {
        if (_docsBlock != _block)
        {
            _packed.DecodeDocs(_block, _base, _blockDocs.AsSpan(0, BlockEnd - BlockStart));
            _docsBlock = _block;
        }

        return _blockDocs;
    }

    /// <summary>The current block's frequencies, from <see cref="BlockStart"/> on, decoded at the first call for the block.</summary>
    public int[] BlockFreqs()
    {
        if (_freqsBlock != _block)
        {
            _packed.DecodeFreqs(_block, _blockFreqs.AsSpan(0, BlockEnd - BlockStart));
            _freqsBlock = _block;
        }

        return _blockFreqs;
    }

    public int Next() => MoveTo(Position + 1);

    /// <summary>
    /// Moves to a later position, in the current block or past it; returns its document. A cursor that moves on a
    /// posting at a time will read the block's other doc ids too, so a block it moves into is decoded whole, where
    /// <see cref="Advance"/> reads only the doc ids its search needs.
    /// </summary>
    public int MoveTo(int position)
    {
        if (position >= BlockEnd)
        {
            if (position >= End)
            {
                Position = End;
                return Doc = Exhausted;
            }

            LoadBlock(BlockOf(position));
            DecodedBlock();
        }

        Position = position;
        return Doc = DocAt(position - BlockStart);
    }

    /// <summary>Moves to the first posting whose document is target or later and returns its document (Lucene's advance).</summary>
    public int Advance(int target)
    {
        if (Doc >= target)
        {
            return Doc;
        }

        // Past whole blocks by their last doc. A block just reached is searched where it lies (a galloping search of its
        // packed doc ids); a cursor that advances again within its block will likely keep doing so, so that block is
        // decoded whole and scanned.
        var index = Position - BlockStart;
        if (_packed.LastDocs[_block] < target)
        {
            var block = FirstBlockReaching(target);
            if (block == _endBlock)
            {
                Position = End;
                return Doc = Exhausted;
            }

            LoadBlock(block);
            index = _packed.Search(_block, _base, 0, BlockEnd - BlockStart, target);
        }
        else
        {
            // The block's last doc is target or later: the scan ends within it, mostly after a few steps.
            var docs = DecodedBlock();
            while (docs[index] < target)
            {
                index++;
            }
        }

        Position = BlockStart + index;
        return Doc = DocAt(index);
    }

    // The block number holding a position of this term's postings.
    public int BlockOf(int position) => _firstBlock + ((position - Start) >> PostingBlocks.BlockShift);

    // The position of a block's first posting.
    public int BlockStartOf(int block) => Start + ((block - _firstBlock) << PostingBlocks.BlockShift);

    // The first block after the current one whose last doc is target or later, or _endBlock.
    private int FirstBlockReaching(int target) => Galloping.FirstAtLeast(new Numbers(_packed.LastDocs), _block + 1, _endBlock, target);

    private int DocAt(int index) => _docsBlock == _block ? _blockDocs[index] : _packed.DocAt(_block, _base, index);

    private readonly struct Numbers(int[] array) : IAscending
    {
        public int this[int index] => array[index];
    }

    private void LoadBlock(int block)
    {
        _block = block;
        _base = _packed.BaseOf(_term, block);
        BlockStart = BlockStartOf(block);
        BlockEnd = Math.Min(End, BlockStart + PostingBlocks.BlockSize);
        Position = BlockStart;
        Doc = DocAt(0);
    }
}
