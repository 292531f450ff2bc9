namespace Matching.Engine.Index;

/// <summary>
/// One term's postings in one segment, read forward in doc order, a decoded block at a time: Lucene's PostingsEnum over
/// <see cref="PackedDocIds"/>. <see cref="Position"/> is the posting's place in the field's postings, where its
/// frequency is (<see cref="TextPostings.Freqs"/>). Tight loops read the decoded block itself (<see cref="BlockDocs"/>
/// from <see cref="BlockStart"/> to <see cref="BlockEnd"/>) and come back with <see cref="MoveTo"/>. One cursor is
/// reset for term after term, so a query decodes into the same few arrays.
/// </summary>
internal sealed class PostingsCursor
{
    public const int Exhausted = int.MaxValue;

    private PackedDocIds _packed = null!;
    private int _term;
    private int _firstBlock;
    private int _endBlock;
    private int _block;

    public int[] BlockDocs { get; } = new int[PackedDocIds.BlockSize];

    public int Start { get; private set; }

    public int End { get; private set; }

    public int Length => End - Start;

    // The position of BlockDocs[0], and past the decoded block's last posting.
    public int BlockStart { get; private set; }

    public int BlockEnd { get; private set; }

    public int Position { get; private set; }

    // The current posting's document, Exhausted past the last.
    public int Doc { get; private set; }

    // Positions the cursor on term's first posting; a term id below 0 (a term the segment lacks) gives no postings.
    public void Reset(TextPostings postings, int term)
    {
        _packed = postings.DocIds;
        _term = term;
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
        _block = -1;
        LoadBlock(_firstBlock);
    }

    public bool IsExhausted => Position >= End;

    public int Next() => MoveTo(Position + 1);

    /// <summary>Moves to a later position, decoding its block when it lies past the decoded one; returns its document.</summary>
    public int MoveTo(int position)
    {
        if (position < BlockEnd)
        {
            Position = position;
            return Doc = BlockDocs[position - BlockStart];
        }

        if (position >= End)
        {
            Position = End;
            return Doc = Exhausted;
        }

        LoadBlock(BlockOf(position));
        Position = position;
        return Doc = BlockDocs[position - BlockStart];
    }

    /// <summary>Moves to the first posting whose document is target or later and returns its document (Lucene's advance).</summary>
    public int Advance(int target)
    {
        if (Doc >= target)
        {
            return Doc;
        }

        // Past whole blocks by their last doc, then through the decoded block.
        if (_packed.LastDocs[_block] < target)
        {
            var block = FirstBlockReaching(target);
            if (block == _endBlock)
            {
                Position = End;
                return Doc = Exhausted;
            }

            LoadBlock(block);
        }

        var docs = BlockDocs;
        var i = Position - BlockStart;
        while (docs[i] < target)
        {
            i++;
        }

        Position = BlockStart + i;
        return Doc = docs[i];
    }

    /// <summary>Moves to the first posting of a later block (by number) without reading the blocks between.</summary>
    public int MoveToBlock(int block)
    {
        if (block >= _endBlock)
        {
            Position = End;
            return Doc = Exhausted;
        }

        LoadBlock(block);
        return Doc;
    }

    // The first block after the decoded one whose last doc is target or later, or _endBlock: it gallops (1, 2, 4, ...
    // blocks ahead) and then searches the last step, so a short move pays little and a leap through a long list its
    // logarithm, as Lucene's skip lists do.
    private int FirstBlockReaching(int target)
    {
        var lastDocs = _packed.LastDocs;
        var below = _block;
        var step = 1;
        var high = below + 1;
        while (high < _endBlock && lastDocs[high] < target)
        {
            below = high;
            step <<= 1;
            high = below + step;
        }

        // lastDocs[below] < target, and the answer is at most high.
        var low = below + 1;
        high = Math.Min(high, _endBlock);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (lastDocs[middle] < target)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // The block number holding a position of this term's postings.
    public int BlockOf(int position) => _firstBlock + ((position - Start) >> PackedDocIds.BlockShift);

    // The position of a block's first posting.
    public int BlockStartOf(int block) => Start + ((block - _firstBlock) << PackedDocIds.BlockShift);

    private void LoadBlock(int block)
    {
        _block = block;
        BlockStart = BlockStartOf(block);
        BlockEnd = Math.Min(End, BlockStart + PackedDocIds.BlockSize);
        _packed.Decode(block, _packed.DocBefore(_term, block), BlockEnd - BlockStart, BlockDocs);
        Position = BlockStart;
        Doc = BlockDocs[0];
    }
}
