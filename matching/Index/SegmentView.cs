namespace Matching.Engine.Index;

// A segment as one snapshot sees it: its tombstones at that moment and its first global doc id.
internal sealed class SegmentView(Segment segment, DeletedDocs deleted, int docBase)
{
    public Segment Segment { get; } = segment;

    public DeletedDocs Deleted { get; } = deleted;

    // Global doc id of the segment's document 0; global ids order documents by age of their last write.
    public int DocBase { get; } = docBase;
}
