using Matching.Engine.Geo;

namespace Matching.Jobs.Recruitment;

/// <summary>
/// A latitude-longitude box that holds every point some student of a group can reach: their homes' box widened by the
/// longest travel distance, twice over east-west. A degree of longitude at the box's most poleward latitude is the
/// shortest it gets inside it, and over a few hundred kilometres a great circle gains far less than the factor two.
/// It only narrows the candidates cheaply; the ranking measures every distance that counts.
/// </summary>
internal readonly record struct ReachBox(double South, double North, double West, double East)
{
    private const double KmPerDegreeOfLatitude = Haversine.EarthRadiusKm * Math.PI / 180;

    public static ReachBox Of(IReadOnlyList<StudentGroup> groups)
    {
        var reach = groups.Max(group => group.MaxDistanceKm);
        var latitude = reach / KmPerDegreeOfLatitude;
        var south = Math.Max(-90, groups.Min(group => group.Latitude) - latitude);
        var north = Math.Min(90, groups.Max(group => group.Latitude) + latitude);
        var poleward = Math.Min(89, Math.Max(Math.Abs(south), Math.Abs(north)));
        var longitude = Math.Min(180, 2 * reach / (KmPerDegreeOfLatitude * Math.Cos(poleward * Math.PI / 180)));
        return new ReachBox(south, north, groups.Min(group => group.Longitude) - longitude, groups.Max(group => group.Longitude) + longitude);
    }

    public bool Contains(double latitude, double longitude) =>
        latitude >= South && latitude <= North && longitude >= West && longitude <= East;
}
