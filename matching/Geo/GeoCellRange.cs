namespace Matching.Engine.Geo;

// A box of GeoCell cells: rows FirstRow to FirstRow + RowSpan and columns FirstColumn to FirstColumn + ColumnSpan,
// the columns wrapping around the antimeridian. Contains is two subtractions and two compares.
internal readonly record struct GeoCellRange(ushort FirstRow, ushort RowSpan, ushort FirstColumn, ushort ColumnSpan)
{
    public static readonly GeoCellRange Everything = new(0, ushort.MaxValue, 0, ushort.MaxValue);

    // The cells of every location with a latitude from south to north and a longitude within halfWidth degrees of
    // the centre's (halfWidth at least 180 for all longitudes).
    public static GeoCellRange Around(double south, double north, double centreLongitude, double halfWidth)
    {
        var firstRow = GeoCell.Row(Math.Max(-90, south));
        var lastRow = GeoCell.Row(Math.Min(90, north));
        if (halfWidth >= 180)
        {
            return new((ushort)firstRow, (ushort)(lastRow - firstRow), 0, ushort.MaxValue);
        }

        var firstColumn = GeoCell.UnwrappedColumn(centreLongitude - halfWidth);
        var span = GeoCell.UnwrappedColumn(centreLongitude + halfWidth) - firstColumn;
        return span >= ushort.MaxValue
            ? new((ushort)firstRow, (ushort)(lastRow - firstRow), 0, ushort.MaxValue)
            : new((ushort)firstRow, (ushort)(lastRow - firstRow), (ushort)(firstColumn & 0xFFFF), (ushort)span);
    }

    public bool Contains(uint cell) =>
        (ushort)((cell >> 16) - FirstRow) <= RowSpan && (ushort)(cell - FirstColumn) <= ColumnSpan;
}
