using Matching.Engine.Geo;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

internal sealed class GeoFilterPlan(GeoPoint center, double radiusKm, bool atOrigin) : FilterPlan
{
    private double[] _latitudes = [];
    private double[] _longitudes = [];

    public override bool Bind(Segment segment)
    {
        _latitudes = segment.Latitudes!;
        _longitudes = segment.Longitudes!;
        return true;
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
        return distance <= radiusKm;
    }
}
