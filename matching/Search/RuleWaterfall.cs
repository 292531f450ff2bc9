using System.Buffers;
using System.Numerics;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

/// <summary>
/// Counts, on one <see cref="IndexSnapshot"/>, how many documents each rule of a <see cref="WaterfallRequest"/> rules
/// out in order, how many pass them all, and how many each relaxation would let through besides, in one pass: the
/// candidates of the first rule are read once each and tested on the rules in order, up to the first they fail and
/// then only while a relaxation could still count them, and on those relaxations' replacements; the other documents
/// are counted for the first rule without being read. The filters are those of a search (the same plans),
/// so the documents that pass every rule are exactly those a search with all the rules' filters finds.
/// </summary>
/// <param name="snapshot">The snapshot to count on.</param>
public sealed class RuleWaterfall(IndexSnapshot snapshot)
{
    /// <summary>The snapshot counted on.</summary>
    public IndexSnapshot Snapshot { get; } = snapshot ?? throw new ArgumentNullException(nameof(snapshot));

    /// <summary>Counts.</summary>
    /// <param name="request">The rules and relaxations.</param>
    /// <returns>The counts per rule and per relaxation.</returns>
    /// <exception cref="ArgumentException">The request names unknown fields or rules, or its first rule cannot choose candidates.</exception>
    public WaterfallResult Run(WaterfallRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = WaterfallPlan.Create(Snapshot, request);
        var ruledOut = new int[plan.Rules.Length];
        var relaxed = new int[plan.Relaxations.Length];
        var passing = 0;
        var read = 0;
        foreach (var view in Snapshot.Segments)
        {
            read += CountSegment(plan, view, ruledOut, relaxed, ref passing);
        }

        // Documents without any candidate value fail the first rule and each of its replacements.
        ruledOut[0] += Snapshot.Count - read;
        return new WaterfallResult(Snapshot.Count, ruledOut, passing, relaxed);
    }

    // Returns the live candidates read.
    private static int CountSegment(WaterfallPlan plan, SegmentView view, int[] ruledOut, int[] relaxed, ref int passing)
    {
        var segment = view.Segment;
        var deleted = view.Deleted;
        if (deleted.Count == segment.MaxDoc)
        {
            return 0;
        }

        plan.Bind(segment);
        var values = segment.Keywords[plan.CandidateField];
        var words = (segment.MaxDoc + 63) >> 6;
        var candidates = ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            Array.Clear(candidates, 0, words);
            var any = false;
            foreach (var value in plan.CandidateValues)
            {
                var ord = values.Ord(value);
                if (ord < 0)
                {
                    continue;
                }

                for (var p = values.PostingStarts[ord]; p < values.PostingStarts[ord + 1]; p++)
                {
                    var doc = values.Docs[p];
                    candidates[doc >> 6] |= 1UL << doc;
                    any = true;
                }
            }

            if (!any)
            {
                return 0;
            }

            var read = 0;
            for (var word = 0; word < words; word++)
            {
                var bits = candidates[word];
                while (bits != 0)
                {
                    var doc = (word << 6) + BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    if (deleted.Count > 0 && deleted.Contains(doc))
                    {
                        continue;
                    }

                    read++;
                    plan.Count(segment, doc, ruledOut, relaxed, ref passing);
                }
            }

            return read;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(candidates);
        }
    }
}
