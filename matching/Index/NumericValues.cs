namespace Matching.Engine.Index;

// One numeric field in one segment: a value per document and a bitset of the documents that have one.
internal sealed class NumericValues(long[] values, ulong[] present)
{
    public long[] Values { get; } = values;

    public ulong[] Present { get; } = present;

    // When every document has a value (the usual case), a lookup reads the value alone.
    private readonly bool _allPresent = AllSet(present, values.Length);

    // The largest value of a document that has one; long.MinValue when none has.
    public long Max { get; } = MaxOf(values, present);

    public bool TryGet(int doc, out long value)
    {
        value = Values[doc];
        return _allPresent || (Present[doc >> 6] & (1UL << doc)) != 0;
    }

    private static long MaxOf(long[] values, ulong[] present)
    {
        var max = long.MinValue;
        for (var doc = 0; doc < values.Length; doc++)
        {
            if ((present[doc >> 6] & (1UL << doc)) != 0 && values[doc] > max)
            {
                max = values[doc];
            }
        }

        return max;
    }

    private static bool AllSet(ulong[] bits, int count)
    {
        for (var doc = 0; doc < count; doc += 64)
        {
            var expected = count - doc >= 64 ? ulong.MaxValue : (1UL << (count - doc)) - 1;
            if (bits[doc >> 6] != expected)
            {
                return false;
            }
        }

        return true;
    }
}
