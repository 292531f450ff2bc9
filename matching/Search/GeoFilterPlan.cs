using Matching.Engine.Geo;
using Matching.Engine.Index;

namespace Matching.Engine.Search;

internal sealed class GeoFilterPlan : FilterPlan
{
    private const double KmPerDegreeOfLatitude = Haversine.EarthRadiusKm * Math.PI / 180;
    private const double RadiansPerDegree = Math.PI / 180;

    // The coarse test reads float coordinates (off by at most a metre here); this margin keeps it from ruling
    // out a document that Matches, on the exact coordinates, would let through.
    private const double CoarseMarginKm = 0.005;

    // Up to this longitude difference (in radians) sin(x / 2) >= (x / 2) * (1 - 0.01 / 6); see OutOfReach.
    private const double SmallAngle = 0.2;
    private const double SmallAngleSine = 1 - (0.01 / 6);

    private readonly GeoPoint _center;
    private readonly double _radiusKm;
    private readonly bool _atOrigin;
    private readonly int _radiusField;
    private readonly double _kmPerRadianOfLongitude;
    private float[] _coarse = [];
    private Segment _segment = null!;
    private NumericValues? _radii;

    public GeoFilterPlan(GeoPoint center, double radiusKm, bool atOrigin, int radiusField = -1)
    {
        _center = center;
        _radiusKm = radiusKm;
        _atOrigin = atOrigin;
        _radiusField = radiusField;

        // No document within reach lies further from the equator than the centre plus the radius; the cosine of
        // that latitude bounds the east-west distance a degree of longitude is worth, from below.
        var maxLatitude = Math.Min(90, Math.Abs(center.Latitude) + ((radiusKm + 1) / KmPerDegreeOfLatitude));
        _kmPerRadianOfLongitude = SmallAngleSine * Haversine.EarthRadiusKm * Math.Max(0, Math.Cos(maxLatitude * RadiansPerDegree));
    }

    // Whether the filter's center is the request's origin, whose distance to each document is computed once.
    public bool AtOrigin => _atOrigin;

    // Whether each document narrows the radius with its own (a student's travel distance).
    public bool HasRadiusPerDocument => _radiusField >= 0;

    // The cells that can hold a document within reach in the bound segment (the bounds of OutOfReach, for the
    // widest reach of any of its documents).
    public GeoCellRange Cells { get; private set; } = GeoCellRange.Everything;

    public override bool Bind(Segment segment)
    {
        _coarse = segment.CoarseLocations!;
        _segment = segment;
        _radii = _radiusField >= 0 ? segment.Numbers[_radiusField] : null;

        // With a radius per document, none is within reach beyond the largest of them (and a document without one
        // never matches).
        var reach = _radii is null ? _radiusKm : Math.Min(_radiusKm, _radii.Max);
        if (reach < 0)
        {
            return false;
        }

        Cells = CellsWithin(reach);
        return true;
    }

    private GeoCellRange CellsWithin(double reach)
    {
        var limit = reach + CoarseMarginKm;
        var latitudeSpan = limit / KmPerDegreeOfLatitude;
        // Where the longitude bound of OutOfReach can rule nothing out, every longitude is kept.
        var halfWidth = _kmPerRadianOfLongitude * SmallAngle <= limit ? 180 : limit / _kmPerRadianOfLongitude / RadiansPerDegree;
        return GeoCellRange.Around(_center.Latitude - latitudeSpan, _center.Latitude + latitudeSpan, _center.Longitude, halfWidth);
    }

    // True when the document is surely farther than the radius (its own radius too), judged by a bounding box:
    // a great circle is never shorter than its north-south span, R times the latitude difference in radians; and
    // by the haversine formula, with both latitudes at most maxLatitude from the equator and dl the longitude
    // difference, d >= 2R asin(cos(maxLatitude) sin(dl / 2)) >= R cos(maxLatitude) SmallAngleSine min(dl, SmallAngle).
    // A document without a location is never out of reach here (NaN compares false); Matches rules it out.
    public bool OutOfReach(int doc)
    {
        var reach = _radiusKm;
        if (_radii is not null && _radii.TryGet(doc, out var own) && own < reach)
        {
            reach = own;
        }

        var limit = reach + CoarseMarginKm;
        if (Math.Abs(_coarse[2 * doc] - _center.Latitude) * KmPerDegreeOfLatitude > limit)
        {
            return true;
        }

        var longitudeDifference = Math.Abs(_coarse[(2 * doc) + 1] - _center.Longitude);
        if (longitudeDifference > 180)
        {
            longitudeDifference = 360 - longitudeDifference;
        }

        return _kmPerRadianOfLongitude * Math.Min(longitudeDifference * RadiansPerDegree, SmallAngle) > limit;
    }

    public override bool Matches(int doc, double originDistance)
    {
        if (double.IsNaN(_segment.Latitude(doc)))
        {
            return false;
        }

        var distance = _atOrigin ? originDistance : _segment.DistanceKm(_center, doc);
        if (distance > _radiusKm)
        {
            return false;
        }

        // A per-document radius (such as each student's own travel distance) narrows the filter further.
        return _radii is null || (_radii.TryGet(doc, out var own) && distance <= own);
    }
}
