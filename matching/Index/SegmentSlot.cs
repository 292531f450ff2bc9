namespace Matching.Engine.Index;

// The writer's mutable handle on a segment: its current tombstones and whether a merge has claimed it.
internal sealed class SegmentSlot(Segment segment)
{
    public Segment Segment { get; } = segment;

    public DeletedDocs Deleted { get; set; } = DeletedDocs.None;

    public bool Merging { get; set; }

    public int LiveCount => Segment.MaxDoc - Deleted.Count;
}
