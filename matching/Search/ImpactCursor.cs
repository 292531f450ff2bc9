using System.Runtime.CompilerServices;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

// One should clause's postings in one segment, read forward in doc order, and the best score its blocks allow for this
// query: what MaxScoreCollector iterates, advances and bounds. Its scores are Bm25Similarity.Score on the same inputs as
// the exhaustive scan's, and that function never decreases as the frequency or the norm's inverse grows (each float
// operation in it is monotone), so the score of a block's best impact is at least that of any of its postings.
internal sealed class ImpactCursor
{
    public const int Exhausted = PostingsCursor.Exhausted;

    private readonly PostingsCursor _postings = PostingsCursor.Rent();
    private byte[] _norms = [];
    private float[] _normInverses = [];
    private ImpactBlocks _impacts = null!;
    private float _weight;
    private int _endBlock;

    // The first block that can still overlap a window to bound: windows only move forward.
    private int _boundBlock;

    // The product freq * normInverse of the posting NextAbove last stopped at.
    private float _foundProduct;

    // The block whose best product freq * normInverse was computed last, and that product.
    private int _maxBlock = -1;
    private float _maxBlockProduct;

    // Positions the cursor on the postings of term termId.
    public void Bind(TextPostings postings, int termId, float weight, float[] normInverses)
    {
        (_norms, _normInverses, _impacts, _weight) = (postings.Norms, normInverses, postings.Impacts, weight);
        _postings.Reset(postings, termId);
        Doc = _postings.Doc;
        _boundBlock = _impacts.BlockStarts[termId];
        _endBlock = _impacts.BlockStarts[termId + 1];
        _maxBlock = -1;
    }

    // The current posting's document, Exhausted past the last: the postings cursor's, kept here as the collector reads it often.
    public int Doc { get; private set; }

    public float Weight => _weight;

    // The score in the current document.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Score() => Bm25Similarity.Score(_weight, _postings.Freq, _normInverses[_norms[_postings.Doc]]);

    // The score in the current document, where NextAbove stopped: from the product it computed.
    public float FoundScore() => ScoreOfProduct(_foundProduct);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Next() => Doc = _postings.Next();

    // Moves to the next posting before limit whose freq * normInverse exceeds minProduct and returns its document (or
    // the first at or past limit): the postings passed over score at most ScoreOfProduct(minProduct), which is all a
    // caller with a bound needs to rule them out. A block whose best impact does not exceed it is passed over whole,
    // without decoding it; in the others each posting costs a product and a comparison instead of a score.
    public int NextAbove(float minProduct, int limit, ref bool passedOver)
    {
        var postings = _postings;
        var norms = _norms;
        var normInverses = _normInverses;
        var lastDocs = _impacts.LastDocs;
        var p = postings.Position;
        var end = postings.End;
        var first = p;
        while (p < end)
        {
            var block = postings.BlockOf(p);
            var blockEnd = Math.Min(end, postings.BlockStartOf(block + 1));
            if (lastDocs[block] < limit && BlockMaxProduct(block) <= minProduct)
            {
                p = blockEnd;
                continue;
            }

            postings.MoveTo(p);
            var docs = postings.DecodedBlock();
            var freqs = postings.BlockFreqs();
            var blockStart = postings.BlockStart;
            for (; p < blockEnd; p++)
            {
                var doc = docs[p - blockStart];
                var product = freqs[p - blockStart] * normInverses[norms[doc]];
                if (doc >= limit || product > minProduct)
                {
                    passedOver |= p > first;
                    _foundProduct = product;
                    return Doc = postings.MoveTo(p);
                }
            }
        }

        passedOver |= p > first;
        return Doc = postings.MoveTo(end);
    }

    // Adds the scores of this clause's postings in [windowStart, windowEnd) to their documents' sums, marking the
    // documents first seen, and moves past them: the term-at-a-time scan of IndexSearcher, for one clause.
    public void AddWindow(int windowStart, int windowEnd, double[] sums, ulong[] touched)
    {
        var postings = _postings;
        postings.Advance(windowStart);
        var norms = _norms;
        var normInverses = _normInverses;
        var weight = _weight;
        while (postings.Doc < windowEnd)
        {
            var docs = postings.DecodedBlock();
            var freqs = postings.BlockFreqs();
            var blockStart = postings.BlockStart;
            var count = postings.BlockEnd - blockStart;
            var i = postings.Position - blockStart;
            for (; i < count; i++)
            {
                var doc = docs[i];
                if (doc >= windowEnd)
                {
                    break;
                }

                var local = doc - windowStart;
                ref var word = ref touched[local >> 6];
                var bit = 1UL << local;
                if ((word & bit) == 0)
                {
                    word |= bit;
                    sums[local] = 0;
                }

                sums[local] += Bm25Similarity.Score(weight, freqs[i], normInverses[norms[doc]]);
            }

            postings.MoveTo(blockStart + i);
        }

        Doc = postings.Doc;
    }

    // Gives the postings cursor back for later searches; this cursor is done with.
    public void Release() => PostingsCursor.Return(_postings);

    // Moves to the first posting at or after target and returns its document.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Advance(int target) => Doc >= target ? Doc : Doc = _postings.Advance(target);

    // At least the best score of any posting in documents from to to (inclusive), which must not lie before the
    // documents passed over: that of the best impact of the blocks that can hold them, or 0 when none can. Only the
    // small block arrays are read, not the postings: a block is taken when the one before it ends before to.
    public float MaxScore(int from, int to)
    {
        if (Doc > to)
        {
            return 0f;
        }

        SkipBlocksBefore(from);
        var lastDocs = _impacts.LastDocs;
        var best = 0f;
        for (var block = _boundBlock; block < _endBlock; block++)
        {
            best = Math.Max(best, BlockMaxProduct(block));
            if (lastDocs[block] >= to)
            {
                break;
            }
        }

        return ScoreOfProduct(best);
    }

    // The last document of the block that holds this clause's first posting at or after target (Lucene's advanceShallow),
    // Exhausted past the last block; reads only the block arrays, and target must not lie before earlier calls' targets.
    public int BlockEndAt(int target)
    {
        SkipBlocksBefore(target);
        return _boundBlock < _endBlock ? _impacts.LastDocs[_boundBlock] : Exhausted;
    }

    // Moves the first block to bound past those that end before doc.
    private void SkipBlocksBefore(int doc)
    {
        var lastDocs = _impacts.LastDocs;
        while (_boundBlock < _endBlock && lastDocs[_boundBlock] < doc)
        {
            _boundBlock++;
        }
    }

    // Score(weight, freq, inverse) is weight - weight / (1 + freq * inverse), rounded step by step: the impact with the
    // largest rounded product scores best, so a block's best needs one score. Windows and scans go forward, often
    // asking for the same block again, so the last block's product is kept.
    private float BlockMaxProduct(int block)
    {
        if (block == _maxBlock)
        {
            return _maxBlockProduct;
        }

        var impacts = _impacts;
        var normInverses = _normInverses;
        var best = 0f;
        for (var i = impacts.ImpactStarts[block]; i < impacts.ImpactStarts[block + 1]; i++)
        {
            best = Math.Max(best, impacts.ImpactFreqs[i] * normInverses[impacts.ImpactNorms[i]]);
        }

        _maxBlock = block;
        return _maxBlockProduct = best;
    }

    // The score of a posting whose freq * normInverse rounds to product: Score computes exactly this.
    private float ScoreOfProduct(float product) => Bm25Similarity.Score(_weight, 1f, product);
}
