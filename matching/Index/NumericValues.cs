namespace Matching.Engine.Index;

// One numeric field in one segment: a value per document and a bitset of the documents that have one.
internal sealed class NumericValues(long[] values, ulong[] present)
{
    public long[] Values { get; } = values;

    public ulong[] Present { get; } = present;

    public bool TryGet(int doc, out long value)
    {
        value = Values[doc];
        return (Present[doc >> 6] & (1UL << doc)) != 0;
    }
}
