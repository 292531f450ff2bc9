namespace Matching.Engine.Index;

// One numeric field in one segment: a value per document and a bitset of the documents that have one. The numeric fields
// of a segment share one array, each document's values side by side (SideBySide): the range filters, decays and radii
// that read several of a document's values then find them in one or two cache lines, not one line a field.
internal sealed class NumericValues
{
    private readonly long[] _rows;
    private readonly int _stride;
    private readonly int _offset;

    // When every document has a value (the usual case), a lookup reads the value alone.
    private readonly bool _allPresent;

    private NumericValues(long[] rows, int stride, int offset, ulong[] present, int maxDoc)
    {
        _rows = rows;
        _stride = stride;
        _offset = offset;
        Present = present;
        MaxDoc = maxDoc;
        _allPresent = AllSet(present, maxDoc);
        Max = MaxOf();
    }

    public ulong[] Present { get; }

    public int MaxDoc { get; }

    // The largest value of a document that has one; long.MinValue when none has.
    public long Max { get; }

    // The fields of one segment, each given as a value per document (0 where it has none) and its presence bits, side by
    // side in one array.
    public static NumericValues[] SideBySide(long[][] values, ulong[][] present, int maxDoc)
    {
        var stride = values.Length;
        var rows = new long[(long)maxDoc * stride];
        for (var field = 0; field < stride; field++)
        {
            var column = values[field];
            for (var doc = 0; doc < maxDoc; doc++)
            {
                rows[(doc * stride) + field] = column[doc];
            }
        }

        return [.. Enumerable.Range(0, stride).Select(field => new NumericValues(rows, stride, field, present[field], maxDoc))];
    }

    // The shared array is counted once, with the first field.
    public void CountMemory(IndexMemory memory)
    {
        memory.Add("numeric values", _offset == 0 ? _rows : null);
        memory.Add("numeric values", Present);
    }

    public bool TryGet(int doc, out long value)
    {
        value = _rows[(doc * _stride) + _offset];
        return _allPresent || (Present[doc >> 6] & (1UL << doc)) != 0;
    }

    // The presence bits as they are, then one zig-zag number per document (0 where it has none).
    public void WriteTo(IndexOutput output)
    {
        foreach (var word in Present)
        {
            output.WriteInt64((long)word);
        }

        for (var doc = 0; doc < MaxDoc; doc++)
        {
            output.WriteZigZagLong(_rows[(doc * _stride) + _offset]);
        }
    }

    // Every numeric field of a segment, as WriteTo wrote them one after the other.
    public static NumericValues[] ReadAll(IndexInput input, int maxDoc, int fieldCount)
    {
        var values = new long[fieldCount][];
        var present = new ulong[fieldCount][];
        for (var field = 0; field < fieldCount; field++)
        {
            present[field] = new ulong[(maxDoc + 63) >> 6];
            for (var i = 0; i < present[field].Length; i++)
            {
                present[field][i] = (ulong)input.ReadInt64();
            }

            values[field] = new long[maxDoc];
            for (var doc = 0; doc < maxDoc; doc++)
            {
                values[field][doc] = input.ReadZigZagLong();
            }
        }

        return SideBySide(values, present, maxDoc);
    }

    private long MaxOf()
    {
        var max = long.MinValue;
        for (var doc = 0; doc < MaxDoc; doc++)
        {
            if (TryGet(doc, out var value) && value > max)
            {
                max = value;
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
