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

    // Keeps, of a window's candidates (their places in it, ascending), those that pass the filter, in order, and returns
    // how many. The loop has no branch on a candidate's values, so the processor reads many candidates' values at once,
    // where testing a candidate against each filter in turn waited for every read. distances: each candidate's distance
    // from the origin, by its place in the window, or null.
    public virtual int Sieve(int[] selection, int count, int windowStart, double[]? distances)
    {
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var local = selection[i];
            selection[kept] = local;
            kept += Matches(windowStart + local, distances is null ? double.NaN : distances[local]) ? 1 : 0;
        }

        return kept;
    }
}
