using Matching.Engine.Index;

namespace Matching.Engine.Search;

internal sealed class RangeFilterPlan(int field, long min, long max) : FilterPlan
{
    private NumericValues _values = null!;

    public override bool Bind(Segment segment)
    {
        _values = segment.Numbers[field];
        return min <= max;
    }

    public override bool Matches(int doc, double originDistance) =>
        _values.TryGet(doc, out var value) && value >= min && value <= max;
}
