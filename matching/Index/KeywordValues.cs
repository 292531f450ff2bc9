namespace Matching.Engine.Index;

// One keyword field in one segment, both ways: values to docs (postings, for filters that drive a
// query) and docs to values (like Lucene's sorted-set doc values, for filters per document and facets).
internal sealed class KeywordValues(Dictionary<string, int> ords, string[] values, int[] postingStarts, int[] docs, int[] docStarts, int[] docOrds, uint[]? docCells)
{
    public Dictionary<string, int> Ords { get; } = ords;

    // The value of each ordinal.
    public string[] Values { get; } = values;

    public int[] PostingStarts { get; } = postingStarts;

    public int[] Docs { get; } = docs;

    // Document d has the ordinals DocOrds[DocStarts[d]..DocStarts[d + 1]].
    public int[] DocStarts { get; } = docStarts;

    public int[] DocOrds { get; } = docOrds;

    // True when every document has exactly one value (as a learning path or a region): then DocOrds[d] is document
    // d's ordinal, and a filter, preference or facet reads that one entry instead of DocStarts first.
    public bool SingleValued { get; } = IsIdentity(docStarts);

    // The GeoCell of each posting's document, at the posting's position; null when the segment has no locations. A
    // geo filter rules out most of a driving filter's postings by these, read in order with the postings, where
    // reading each document's location would jump about the whole segment.
    public uint[]? PostingCells { get; } = docCells is null ? null : CellsOf(docs, docCells);

    public void CountMemory(IndexMemory memory)
    {
        memory.Add("keyword postings", Docs);
        memory.Add("keyword postings", PostingStarts);
        memory.Add("keyword postings: geo cells", PostingCells);
        memory.Add("keyword doc values", DocStarts);
        memory.Add("keyword doc values", DocOrds);
        memory.AddTerms("keyword dictionaries", Ords);
    }

    // Saved as the values in ordinal order, then how many each document has, then the documents' ordinals; the
    // postings follow from those, as every writer lists a value's documents in ascending order.
    public void WriteTo(IndexOutput output)
    {
        output.WriteVarInt(Values.Length);
        foreach (var value in Values)
        {
            output.WriteString(value);
        }

        output.WriteVarInt(DocOrds.Length);
        for (var doc = 0; doc + 1 < DocStarts.Length; doc++)
        {
            output.WriteVarInt(DocStarts[doc + 1] - DocStarts[doc]);
        }

        foreach (var ord in DocOrds)
        {
            output.WriteVarInt(ord);
        }
    }

    public static KeywordValues ReadFrom(IndexInput input, int maxDoc, uint[]? docCells)
    {
        var values = new string[input.ReadCount(1)];
        var ords = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
        for (var ord = 0; ord < values.Length; ord++)
        {
            values[ord] = input.ReadString();
            if (!ords.TryAdd(values[ord], ord))
            {
                throw IndexInput.Corrupt("a keyword listed twice");
            }
        }

        var docOrds = new int[input.ReadCount(1)];
        var docStarts = new int[maxDoc + 1];
        input.ReadVarInts(docStarts.AsSpan(1));
        for (var doc = 0; doc < maxDoc; doc++)
        {
            docStarts[doc + 1] += docStarts[doc];
            if (docStarts[doc + 1] < docStarts[doc] || docStarts[doc + 1] > docOrds.Length)
            {
                throw IndexInput.Corrupt("more keywords than the field has");
            }
        }

        if (docStarts[maxDoc] != docOrds.Length)
        {
            throw IndexInput.Corrupt("fewer keywords than the field has");
        }

        input.ReadVarInts(docOrds);
        var counts = new List<int>(new int[values.Length]);
        foreach (var ord in docOrds)
        {
            if (ord >= values.Length)
            {
                throw IndexInput.Corrupt("a keyword ordinal past the field's values");
            }

            counts[ord]++;
        }

        var (postingStarts, docs) = SegmentBuilder.Invert(docStarts, docOrds, counts);
        return new KeywordValues(ords, values, postingStarts, docs, docStarts, docOrds, docCells);
    }

    private static bool IsIdentity(int[] docStarts)
    {
        for (var doc = 0; doc < docStarts.Length; doc++)
        {
            if (docStarts[doc] != doc)
            {
                return false;
            }
        }

        return true;
    }

    private static uint[] CellsOf(int[] docs, uint[] docCells)
    {
        var cells = new uint[docs.Length];
        for (var p = 0; p < docs.Length; p++)
        {
            cells[p] = docCells[docs[p]];
        }

        return cells;
    }

    public int Ord(string value) => Ords.TryGetValue(value, out var ord) ? ord : -1;

    public bool HasAny(int doc, int[] sortedOrds)
    {
        // Filters name a value or a few: a (vectorized) scan beats a binary search up to a handful.
        var ords = sortedOrds.AsSpan();
        if (SingleValued)
        {
            return ords.Length <= 8 ? ords.Contains(DocOrds[doc]) : ords.BinarySearch(DocOrds[doc]) >= 0;
        }

        for (var i = DocStarts[doc]; i < DocStarts[doc + 1]; i++)
        {
            if (ords.Length <= 8 ? ords.Contains(DocOrds[i]) : ords.BinarySearch(DocOrds[i]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // Reads where the doc's ordinals lie and the first of them, for a caller that reads many docs' values ahead.
    public int Touch(int doc)
    {
        if (SingleValued)
        {
            return DocOrds[doc];
        }

        var start = DocStarts[doc];
        return start < DocStarts[doc + 1] ? DocOrds[start] : 0;
    }

    public bool Has(int doc, int ord)
    {
        if (SingleValued)
        {
            return DocOrds[doc] == ord;
        }

        for (var i = DocStarts[doc]; i < DocStarts[doc + 1]; i++)
        {
            if (DocOrds[i] == ord)
            {
                return true;
            }
        }

        return false;
    }
}
