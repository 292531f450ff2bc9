namespace Matching.Engine.Index;

// Picks the next merge, like Lucene's LogMergePolicy: only adjacent segments merge, so documents never
// change their relative order. Segments are levelled by live size (level L holds mergeFactor^L to
// mergeFactor^(L+1) - 1 documents); mergeFactor adjacent segments of one level merge into one of the
// next, so each document is rewritten about log(N) times in total.
internal static class MergePolicy
{
    // Only one background merge runs at a time: while one does (backgroundBusy), merges too big for the
    // writer's thread wait; smaller ones may still run inline.
    public static bool FindMerge(List<SegmentSlot> slots, SearchIndexOptions options, bool backgroundBusy, out int start, out int count, out bool inBackground)
    {
        var mergeFactor = options.MergeFactor;

        // 1. mergeFactor adjacent segments of one level, the lowest level first.
        var bestLevel = int.MaxValue;
        start = count = 0;
        inBackground = false;
        for (var i = 0; i < slots.Count;)
        {
            if (slots[i].Merging)
            {
                i++;
                continue;
            }

            var level = Level(slots[i].LiveCount, mergeFactor);
            var end = i + 1;
            while (end < slots.Count && !slots[end].Merging && Level(slots[end].LiveCount, mergeFactor) == level)
            {
                end++;
            }

            if (end - i >= mergeFactor && level < bestLevel && Feasible(slots, i, mergeFactor, options, backgroundBusy, out var background))
            {
                (bestLevel, start, count, inBackground) = (level, i, mergeFactor, background);
            }

            i = end;
        }

        if (count > 0)
        {
            return true;
        }

        // 2. A segment with too many tombstones is rewritten on its own.
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            if (!slot.Merging && slot.Segment.MaxDoc >= mergeFactor && slot.Deleted.Count > options.MaxDeletedRatio * slot.Segment.MaxDoc
                && Feasible(slots, i, 1, options, backgroundBusy, out inBackground))
            {
                (start, count) = (i, 1);
                return true;
            }
        }

        // 3. Too many segments, when odd sizes keep runs from forming: merge the smallest adjacent run.
        if (slots.Count > options.MaxSegmentCount)
        {
            var bestSize = long.MaxValue;
            for (var i = 0; i + mergeFactor <= slots.Count; i++)
            {
                long size = 0;
                var free = true;
                for (var j = i; j < i + mergeFactor && free; j++)
                {
                    free = !slots[j].Merging;
                    size += slots[j].Segment.MaxDoc;
                }

                if (free && size < bestSize && Feasible(slots, i, mergeFactor, options, backgroundBusy, out var background))
                {
                    (bestSize, start, count, inBackground) = (size, i, mergeFactor, background);
                }
            }
        }

        return count > 0;
    }

    internal static int Level(int liveCount, int mergeFactor)
    {
        var level = 0;
        for (long size = mergeFactor; liveCount >= size; size *= mergeFactor)
        {
            level++;
        }

        return level;
    }

    private static bool Feasible(List<SegmentSlot> slots, int start, int count, SearchIndexOptions options, bool backgroundBusy, out bool inBackground)
    {
        long docs = 0;
        for (var i = start; i < start + count; i++)
        {
            docs += slots[i].Segment.MaxDoc;
        }

        inBackground = options.BackgroundMerges && docs > options.SynchronousMergeMaxDocs;
        return !(inBackground && backgroundBusy);
    }
}
