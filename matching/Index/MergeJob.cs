namespace Matching.Engine.Index;

// A background merge: the slots it claimed and their tombstones when it started.
internal sealed class MergeJob(SegmentSlot[] sources)
{
    public SegmentSlot[] Sources { get; } = sources;

    public DeletedDocs[] DeletedAtStart { get; } = [.. sources.Select(slot => slot.Deleted)];

    public Segment[] Segments { get; } = [.. sources.Select(slot => slot.Segment)];
}
