namespace Matching.Engine.Index;

// Where the live copy of a document is: its segment and its number there.
internal readonly record struct DocAddress(SegmentSlot Slot, int Doc);
