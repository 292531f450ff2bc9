namespace Matching.Engine.Search;

// A candidate in the top-k heap, with its sort keys.
internal struct HitEntry
{
    public float Score;

    // For Distance; +infinity without a location.
    public double Distance;

    // For Number.
    public long Number;

    public bool NumberMissing;

    // Global internal doc id: the final tie-break.
    public int Doc;

    public int Segment;

    public int Local;
}
