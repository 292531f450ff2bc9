using Matching.Engine.Geo;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

internal sealed class GeoFilterPlan(GeoPoint center, double radiusKm, bool atOrigin, int radiusField = -1) : FilterPlan
{
    private const double KmPerDegreeOfLatitude = Haversine.EarthRadiusKm * Math.PI / 180;
    private const double MarginKm = 1e-6;

    private double[] _latitudes = [];
    private double[] _longitudes = [];
    private NumericValues? _radii;

    public override bool Bind(Segment segment)
    {
        _latitudes = segment.Latitudes!;
        _longitudes = segment.Longitudes!;
        _radii = radiusField >= 0 ? segment.Numbers[radiusField] : null;
        return true;
    }

    // True when the document is surely farther than the radius (its own radius too), judged by latitude alone:
    // a great circle is never shorter than its north-south span, R times the latitude difference in radians.
    // The margin keeps rounding from ruling out a document that Matches would let through.
    public bool OutOfReach(int doc)
    {
        var reach = radiusKm;
        if (_radii is not null && _radii.TryGet(doc, out var own) && own < reach)
        {
            reach = own;
        }

        return Math.Abs(_latitudes[doc] - center.Latitude) * KmPerDegreeOfLatitude > reach + MarginKm;
    }

    public override bool Matches(int doc, double originDistance)
    {
        var latitude = _latitudes[doc];
        if (double.IsNaN(latitude))
        {
            return false;
        }

        var distance = atOrigin
            ? originDistance
            : Haversine.DistanceKm(center.Latitude, center.Longitude, latitude, _longitudes[doc]);
        if (distance > radiusKm)
        {
            return false;
        }

        // A per-document radius (such as each student's own travel distance) narrows the filter further.
        return _radii is null || (_radii.TryGet(doc, out var own) && distance <= own);
    }
}
