using Matching.Engine.Index;

namespace Matching.Engine.Search;

// A filter ready to test documents of one segment at a time.
internal abstract class FilterPlan
{
    // Prepares for segment; false when none of its documents can pass.
    public abstract bool Bind(Segment segment);

    // doc: A document of the bound segment.
    // originDistance: Its distance from the request's origin, NaN when not computed or unknown.
    public abstract bool Matches(int doc, double originDistance);
}
