namespace Matching.Engine.Index;

/// <summary>Ascending numbers read by index, wherever they lie: what <see cref="Galloping"/> searches.</summary>
internal interface IAscending
{
    int this[int index] { get; }
}

/// <summary>
/// The search a cursor moving forward needs: from where it is, 1, 2, 4, ... ahead until it passes the target, then a
/// binary search of the last step. A short move pays a few reads and a leap through a long run its logarithm, where a
/// binary search of the whole rest would pay that logarithm every time (Lucene's skip lists do the like).
/// </summary>
internal static class Galloping
{
    /// <summary>The first index in [<paramref name="from"/>, <paramref name="count"/>) whose number is at least target, or count.</summary>
    public static int FirstAtLeast<TNumbers>(in TNumbers numbers, int from, int count, int target)
        where TNumbers : struct, IAscending
    {
        if (from >= count || numbers[from] >= target)
        {
            return from;
        }

        // numbers[below] < target, and the answer is at most high.
        var below = from;
        var step = 1;
        var high = from + 1;
        while (high < count && numbers[high] < target)
        {
            below = high;
            step <<= 1;
            high = below + step;
        }

        var low = below + 1;
        high = Math.Min(high, count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (numbers[middle] < target)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
