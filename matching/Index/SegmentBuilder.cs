using System.Runtime.InteropServices;
using Matching.Engine.Geo;

namespace Matching.Engine.Index;

// Writes analyzed documents into a new segment, documents numbered in the order given, or by place when the schema has
// locations (LocalityOrder).
internal static class SegmentBuilder
{
    public static Segment Build(IReadOnlyList<AnalyzedDocument> documents, IndexSchema schema)
    {
        if (schema.HasLocation)
        {
            documents = LocalityOrder.Sort(documents, document => (document.Latitude, document.Longitude));
        }

        var maxDoc = documents.Count;
        var ids = new Guid[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            ids[doc] = documents[doc].Id;
        }

        double[]? latitudes = null;
        double[]? longitudes = null;
        if (schema.HasLocation)
        {
            latitudes = new double[maxDoc];
            longitudes = new double[maxDoc];
            for (var doc = 0; doc < maxDoc; doc++)
            {
                latitudes[doc] = documents[doc].Latitude;
                longitudes[doc] = documents[doc].Longitude;
            }
        }

        // Each field is written on its own, so a large batch writes its fields on all cores.
        var cells = GeoCell.OfAll(latitudes, longitudes);
        var text = new TextPostings[schema.TextFields.Count];
        var keywords = new KeywordValues[schema.KeywordFields.Count];
        FieldWork.Run(text.Length + keywords.Length, maxDoc, field =>
        {
            if (field < text.Length)
            {
                text[field] = BuildText(documents, field);
            }
            else
            {
                keywords[field - text.Length] = BuildKeywords(documents, field - text.Length, cells);
            }
        });

        var fieldCount = schema.NumericFields.Count;
        var values = new long[fieldCount][];
        var present = new ulong[fieldCount][];
        for (var field = 0; field < fieldCount; field++)
        {
            values[field] = new long[maxDoc];
            present[field] = new ulong[(maxDoc + 63) >> 6];
            for (var doc = 0; doc < maxDoc; doc++)
            {
                if (documents[doc].HasNumber[field])
                {
                    values[field][doc] = documents[doc].Numbers[field];
                    present[field][doc >> 6] |= 1UL << doc;
                }
            }
        }

        return new Segment(maxDoc, ids, text, keywords, NumericValues.SideBySide(values, present, maxDoc), latitudes, longitudes);
    }

    private static TextPostings BuildText(IReadOnlyList<AnalyzedDocument> documents, int field)
    {
        var maxDoc = documents.Count;
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var docFreqs = new List<int>();
        var docTermIds = new int[maxDoc][];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var terms = documents[doc].Text[field].Terms;
            var idsOfDoc = docTermIds[doc] = new int[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                idsOfDoc[i] = IdOf(termIds, docFreqs, terms[i]);
                docFreqs[idsOfDoc[i]]++;
            }
        }

        var starts = Starts(docFreqs);
        var next = starts[..^1];
        var docs = new int[starts[^1]];
        var freqs = new PostingFreqs.Builder(docs.Length);
        var norms = new byte[maxDoc];
        var lengths = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var analyzed = documents[doc].Text[field];
            for (var i = 0; i < analyzed.Terms.Length; i++)
            {
                var position = next[docTermIds[doc][i]]++;
                docs[position] = doc;
                freqs.Set(position, analyzed.Freqs[i]);
            }

            norms[doc] = SmallFloat.IntToByte4(analyzed.Length);
            lengths[doc] = analyzed.TokenCount;
        }

        return new TextPostings(termIds, starts, docs, freqs.Build(), norms, lengths);
    }

    private static KeywordValues BuildKeywords(IReadOnlyList<AnalyzedDocument> documents, int field, uint[]? cells)
    {
        var maxDoc = documents.Count;
        var ords = new Dictionary<string, int>(StringComparer.Ordinal);
        var docFreqs = new List<int>();
        var docStarts = new int[maxDoc + 1];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            docStarts[doc + 1] = docStarts[doc] + documents[doc].Keywords[field].Length;
        }

        var docOrds = new int[docStarts[maxDoc]];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var values = documents[doc].Keywords[field];
            for (var i = 0; i < values.Length; i++)
            {
                var ord = docOrds[docStarts[doc] + i] = IdOf(ords, docFreqs, values[i]);
                docFreqs[ord]++;
            }
        }

        var (starts, postings) = Invert(docStarts, docOrds, docFreqs);
        var byOrd = new string[ords.Count];
        foreach (var (value, ord) in ords)
        {
            byOrd[ord] = value;
        }

        return new KeywordValues(ords, byOrd, starts, postings, docStarts, docOrds, cells);
    }

    // The postings of a keyword field from its per-document ordinals: each value's documents, ascending.
    internal static (int[] Starts, int[] Docs) Invert(int[] docStarts, int[] docOrds, List<int> docFreqs)
    {
        var starts = Starts(docFreqs);
        var next = starts[..^1];
        var docs = new int[starts[^1]];
        for (var doc = 0; doc + 1 < docStarts.Length; doc++)
        {
            for (var i = docStarts[doc]; i < docStarts[doc + 1]; i++)
            {
                docs[next[docOrds[i]]++] = doc;
            }
        }

        return (starts, docs);
    }

    internal static int IdOf(Dictionary<string, int> ids, List<int> counts, string key)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, key, out var exists);
        if (!exists)
        {
            id = counts.Count;
            counts.Add(0);
        }

        return id;
    }

    internal static int[] Starts(List<int> counts)
    {
        var starts = new int[counts.Count + 1];
        for (var i = 0; i < counts.Count; i++)
        {
            starts[i + 1] = starts[i] + counts[i];
        }

        return starts;
    }
}
