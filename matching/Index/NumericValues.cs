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

    public void CountMemory(IndexMemory memory)
    {
        memory.Add("numeric values", Values);
        memory.Add("numeric values", Present);
    }

    public bool TryGet(int doc, out long value)
    {
        value = Values[doc];
        return _allPresent || (Present[doc >> 6] & (1UL << doc)) != 0;
    }

    // The presence bits as they are, then one zig-zag number per document (0 where it has none).
    public void WriteTo(IndexOutput output)
    {
        foreach (var word in Present)
        {
            output.WriteInt64((long)word);
        }

        foreach (var value in Values)
        {
            output.WriteZigZagLong(value);
        }
    }

    public static NumericValues ReadFrom(IndexInput input, int maxDoc)
    {
        var present = new ulong[(maxDoc + 63) >> 6];
        for (var i = 0; i < present.Length; i++)
        {
            present[i] = (ulong)input.ReadInt64();
        }

        var values = new long[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            values[doc] = input.ReadZigZagLong();
        }

        return new NumericValues(values, present);
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
