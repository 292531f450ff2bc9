namespace Matching.Engine.Index;

// One numeric field in one segment: a value per document and a bitset of the documents that have one.
internal sealed class NumericValues(long[] values, ulong[] present)
{
    public long[] Values { get; } = values;

    public ulong[] Present { get; } = present;

    // When every document has a value (the usual case), a lookup reads the value alone.
    private readonly bool _allPresent = AllSet(present, values.Length);

    public bool TryGet(int doc, out long value)
    {
        value = Values[doc];
        return _allPresent || (Present[doc >> 6] & (1UL << doc)) != 0;
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
