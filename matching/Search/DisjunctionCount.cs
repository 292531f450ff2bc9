using System.Buffers;
using System.Numerics;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

// The exact number of live documents of a segment that hold any of a disjunction's terms, read from the postings' doc ids
// alone: each term's blocks are decoded and their documents set in a bitset of the segment, the deleted ones are cleared,
// and the rest are counted. Frequencies, norms and scores are never read, so an exact total costs a fraction of scoring
// every match, and the scoring is left to the top hits' pruning (MaxScoreCollector).
internal static class DisjunctionCount
{
    public static int Count(QueryPlan plan, int segmentIndex)
    {
        var view = plan.Segments[segmentIndex];
        var segment = view.Segment;
        var words = (segment.MaxDoc + 63) >> 6;
        var bits = ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            var matches = bits.AsSpan(0, words);
            matches.Clear();
            Span<int> docs = stackalloc int[PostingBlocks.BlockSize];
            var positive = plan.Positive;
            var any = false;
            for (var c = 0; c < positive.Length; c++)
            {
                var term = plan.TermId(segmentIndex, c);
                if (term >= 0)
                {
                    any = true;
                    Mark(segment.Text[positive[c].Field].Blocks, term, docs, matches);
                }
            }

            if (!any)
            {
                return 0;
            }

            view.Deleted.ClearFrom(matches);
            var count = 0;
            foreach (var word in matches)
            {
                count += BitOperations.PopCount(word);
            }

            return count;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(bits);
        }
    }

    private static void Mark(PostingBlocks postings, int term, Span<int> buffer, Span<ulong> matches)
    {
        var blocks = postings.Read(term, buffer);
        while (blocks.MoveNext())
        {
            foreach (var doc in blocks.Docs)
            {
                matches[doc >> 6] |= 1UL << doc;
            }
        }
    }
}
