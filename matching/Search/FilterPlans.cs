using Matching.Engine.Geo;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

// Compiles a request's filters against a schema, for searches and waterfalls alike: the same filter tests the same
// documents the same way in both.
internal static class FilterPlans
{
    // origin: the request's origin; a geo filter centred there reads each document's distance from it, computed once.
    public static FilterPlan Compile(SearchFilter filter, IndexSchema schema, GeoPoint? origin)
    {
        switch (filter)
        {
            case KeywordFilter keyword:
                ArgumentNullException.ThrowIfNull(keyword.Values, nameof(KeywordFilter.Values));
                return new KeywordFilterPlan(schema.KeywordFieldIndex(keyword.Field), [.. keyword.Values], keyword.Exclude);
            case RangeFilter range:
                return new RangeFilterPlan(schema.NumericFieldIndex(range.Field), range.Min ?? long.MinValue, range.Max ?? long.MaxValue);
            case GeoDistanceFilter geo:
                RequireLocation(schema, nameof(GeoDistanceFilter));
                if (!double.IsFinite(geo.RadiusKm) || geo.RadiusKm < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(GeoDistanceFilter.RadiusKm), geo.RadiusKm, "The radius must be finite and at least 0.");
                }

                return new GeoFilterPlan(geo.Center, geo.RadiusKm, geo.Center == origin, geo.RadiusField is null ? -1 : schema.NumericFieldIndex(geo.RadiusField));
            default:
                throw new ArgumentException($"Unsupported filter: {filter?.GetType().Name ?? "null"}.", nameof(SearchRequest.Filters));
        }
    }

    public static void RequireLocation(IndexSchema schema, string what)
    {
        if (!schema.HasLocation)
        {
            throw new ArgumentException($"{what} needs an index with locations.", nameof(SearchRequest));
        }
    }
}
