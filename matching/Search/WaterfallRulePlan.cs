using Matching.Engine.Geo;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

// One rule's filters, bound to a segment at a time.
internal sealed class WaterfallRulePlan(FilterPlan[] filters)
{
    private readonly bool[] _bound = new bool[filters.Length];

    public FilterPlan[] Filters { get; } = filters;

    // Whether a filter reads the document's distance from the request's origin.
    public bool NeedsOriginDistance { get; } = filters.Any(filter => filter is GeoFilterPlan { AtOrigin: true });

    public static WaterfallRulePlan Compile(WaterfallRule rule, IndexSchema schema, GeoPoint? origin)
    {
        ArgumentNullException.ThrowIfNull(rule.Filters, nameof(WaterfallRule.Filters));
        return new WaterfallRulePlan([.. rule.Filters.Select(filter => FilterPlans.Compile(filter, schema, origin))]);
    }

    public void Bind(Segment segment)
    {
        for (var i = 0; i < Filters.Length; i++)
        {
            _bound[i] = Filters[i].Bind(segment);
        }
    }

    // A geo filter's coarse bound rules the document out (Passes would say false).
    public bool SurelyFails(int doc)
    {
        for (var i = 0; i < Filters.Length; i++)
        {
            if (_bound[i] && Filters[i] is GeoFilterPlan geo && geo.OutOfReach(doc))
            {
                return true;
            }
        }

        return false;
    }

    // A filter that no document of the segment can pass (Bind said so) fails without a look.
    public bool Passes(int doc, double originDistance)
    {
        for (var i = 0; i < Filters.Length; i++)
        {
            if (!_bound[i] || !Filters[i].Matches(doc, originDistance))
            {
                return false;
            }
        }

        return true;
    }
}
