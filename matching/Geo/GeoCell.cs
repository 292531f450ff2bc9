namespace Matching.Engine.Geo;

// A location rounded down to a cell of a grid of 65,536 by 65,536 over latitude and longitude (about 300 by 600 m at
// the equator), packed in 32 bits: the latitude's row in the high half, the longitude's column in the low. Four bytes
// say roughly where a document is, so a geo filter can rule out most of a long postings list reading it in order.
internal static class GeoCell
{
    private const double LatitudeStep = 180.0 / 65536;
    private const double LongitudeStep = 360.0 / 65536;

    // Where the location is unknown; a GeoCellRange may keep it (the exact check then rules it out).
    public const uint Unknown = uint.MaxValue;

    public static uint Of(double latitude, double longitude) =>
        double.IsNaN(latitude) || double.IsNaN(longitude) ? Unknown : ((uint)Row(latitude) << 16) | (uint)Column(longitude);

    // The cells of each document's location; null when there are no locations.
    public static uint[]? OfAll(double[]? latitudes, double[]? longitudes)
    {
        if (latitudes is null || longitudes is null)
        {
            return null;
        }

        var cells = new uint[latitudes.Length];
        for (var doc = 0; doc < cells.Length; doc++)
        {
            cells[doc] = Of(latitudes[doc], longitudes[doc]);
        }

        return cells;
    }

    // Rounding down is monotonic, so a latitude between two others has a row between theirs.
    public static int Row(double latitude) => Math.Clamp((int)Math.Floor((latitude + 90) / LatitudeStep), 0, 65535);

    // The column before wrapping: -180 + 360 has the column of -180 plus 65,536, so a range across the antimeridian is
    // contiguous in these numbers, and the low 16 bits are the column.
    public static long UnwrappedColumn(double longitude) => (long)Math.Floor((longitude + 180) / LongitudeStep);

    private static int Column(double longitude) => (int)(UnwrappedColumn(longitude) & 0xFFFF);
}
