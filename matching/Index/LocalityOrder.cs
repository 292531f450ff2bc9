using Matching.Engine.Geo;

namespace Matching.Engine.Index;

/// <summary>
/// The order a segment lays out documents that have a location: along a Hilbert curve through the cells of the
/// <see cref="GeoCell"/> grid, so that documents near each other on the map are near each other in the segment. A query
/// near a place (a student's matches within 30 km, an offer's candidates) then reads a few stretches of memory instead
/// of a line of cache for each hit all over the index, and memory, not arithmetic, is what such a query waits on.
/// Documents without a location come last; documents in one cell keep the order they were given in.
/// </summary>
internal static class LocalityOrder
{
    private const int GridBits = 16;

    /// <summary>
    /// The positions of <paramref name="count"/> documents in the order to lay them out in, given each one's location:
    /// <c>order[newDoc]</c> is the position the document had.
    /// </summary>
    public static int[] Of(int count, Func<int, (double Latitude, double Longitude)> locationOf)
    {
        var keys = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var (latitude, longitude) = locationOf(i);
            keys[i] = ((ulong)CurvePosition(GeoCell.Of(latitude, longitude)) << 32) | (uint)i;
        }

        // The position in the low half makes every key distinct, so the unstable sort keeps a cell's documents in order.
        Array.Sort(keys);
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = (int)(uint)keys[i];
        }

        return order;
    }

    /// <summary><paramref name="items"/> in the order to lay them out in (<see cref="Of"/>).</summary>
    public static T[] Sort<T>(IReadOnlyList<T> items, Func<T, (double Latitude, double Longitude)> locationOf)
    {
        var order = Of(items.Count, i => locationOf(items[i]));
        var sorted = new T[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = items[order[i]];
        }

        return sorted;
    }

    /// <summary>Where a cell lies along the curve; an unknown location after every cell.</summary>
    public static uint CurvePosition(uint cell)
    {
        if (cell == GeoCell.Unknown)
        {
            return uint.MaxValue;
        }

        // The curve through a 2^16 by 2^16 grid, quadrant by quadrant from the largest: each level adds the quadrant's
        // place in the curve's visiting order, then turns the coordinates so the quadrant's own curve starts where the
        // previous one ended.
        var x = cell & 0xFFFF;
        var y = cell >> 16;
        var position = 0u;
        for (var half = 1u << (GridBits - 1); half > 0; half >>= 1)
        {
            var right = (x & half) != 0 ? 1u : 0u;
            var up = (y & half) != 0 ? 1u : 0u;
            position += half * half * ((3 * right) ^ up);
            if (up == 0)
            {
                if (right == 1)
                {
                    x = (1u << GridBits) - 1 - x;
                    y = (1u << GridBits) - 1 - y;
                }

                (x, y) = (y, x);
            }
        }

        return position;
    }
}
