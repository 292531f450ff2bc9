namespace Matching.Engine.Geo;

/// <summary>A point on the earth in decimal degrees (WGS 84).</summary>
public readonly record struct GeoPoint
{
    /// <summary>Creates a point.</summary>
    /// <param name="latitude">Latitude in degrees, from -90 to 90.</param>
    /// <param name="longitude">Longitude in degrees, from -180 to 180.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is not finite or out of range.</exception>
    public GeoPoint(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || latitude < -90 || latitude > 90)
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be between -90 and 90 degrees.");
        }

        if (!double.IsFinite(longitude) || longitude < -180 || longitude > 180)
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be between -180 and 180 degrees.");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Latitude in degrees.</summary>
    public double Latitude { get; }

    /// <summary>Longitude in degrees.</summary>
    public double Longitude { get; }
}
