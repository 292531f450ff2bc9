namespace Matching.Engine.Geo;

/// <summary>Great-circle distances on a spherical earth, by the haversine formula.</summary>
/// <remarks>
/// The sphere has the IUGG mean earth radius R1 = 6371.0088 km, the radius Elasticsearch's geo
/// distance also uses. Over the Netherlands the spherical error against the WGS 84 ellipsoid is
/// below 0.5 %, far less than the size of a PC4 area that locations are taken from.
/// </remarks>
public static class Haversine
{
    /// <summary>The mean earth radius in kilometres (IUGG R1).</summary>
    public const double EarthRadiusKm = 6371.0088;

    private const double RadiansPerDegree = Math.PI / 180;

    /// <summary>The distance in kilometres between two points.</summary>
    /// <param name="from">One point.</param>
    /// <param name="to">The other point.</param>
    /// <returns>The great-circle distance in km.</returns>
    public static double DistanceKm(GeoPoint from, GeoPoint to) =>
        DistanceKm(from.Latitude, from.Longitude, to.Latitude, to.Longitude);

    /// <summary>The distance in kilometres between two points given in degrees.</summary>
    /// <param name="latitude1">Latitude of the first point.</param>
    /// <param name="longitude1">Longitude of the first point.</param>
    /// <param name="latitude2">Latitude of the second point.</param>
    /// <param name="longitude2">Longitude of the second point.</param>
    /// <returns>The great-circle distance in km.</returns>
    public static double DistanceKm(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var phi1 = latitude1 * RadiansPerDegree;
        var phi2 = latitude2 * RadiansPerDegree;
        var sinHalfDeltaPhi = Math.Sin((phi2 - phi1) / 2);
        var sinHalfDeltaLambda = Math.Sin((longitude2 - longitude1) * RadiansPerDegree / 2);
        var a = sinHalfDeltaPhi * sinHalfDeltaPhi + Math.Cos(phi1) * Math.Cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;

        // Rounding can push a just past 1 for antipodal points; asin would return NaN.
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1, a)));
    }
}
