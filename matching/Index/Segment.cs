using Matching.Engine.Geo;

namespace Matching.Engine.Index;

// An immutable slice of the index, like a Lucene segment: documents 0 to MaxDoc - 1 with
// their postings, norms and per-document values. Deletes live outside it, in DeletedDocs.
internal sealed class Segment(int maxDoc, Guid[] ids, TextPostings[] text, KeywordValues[] keywords, NumericValues[] numbers, double[]? latitudes, double[]? longitudes)
{
    public int MaxDoc { get; } = maxDoc;

    public Guid[] Ids { get; } = ids;

    public TextPostings[] Text { get; } = text;

    public KeywordValues[] Keywords { get; } = keywords;

    public NumericValues[] Numbers { get; } = numbers;

    // Each document's latitude and longitude side by side (at 2 * doc and 2 * doc + 1), so that the exact distance
    // costs one read from memory, not two; NaN where a document has no location. Null when the schema has none.
    public double[]? Locations { get; } = Interleave(latitudes, longitudes, value => value);

    public bool HasLocations => Locations is not null;

    // Each document's latitude and longitude again, as floats side by side: one small read tells a geo filter
    // whether a document is surely out of reach, before the exact check reads the doubles.
    public float[]? CoarseLocations { get; } = Interleave(latitudes, longitudes, value => (float)value);

    public double Latitude(int doc) => Locations![2 * doc];

    public double Longitude(int doc) => Locations![(2 * doc) + 1];

    // The distance in km from a point to the document, or NaN where it (or the schema) has no location.
    public double DistanceKm(GeoPoint from, int doc)
    {
        if (Locations is null || double.IsNaN(Locations[2 * doc]))
        {
            return double.NaN;
        }

        return Haversine.DistanceKm(from.Latitude, from.Longitude, Locations[2 * doc], Locations[(2 * doc) + 1]);
    }

    public void CountMemory(IndexMemory memory)
    {
        memory.Add("document ids", Ids);
        memory.Add("locations", Locations);
        memory.Add("locations", CoarseLocations);
        foreach (var postings in Text)
        {
            postings.CountMemory(memory);
        }

        foreach (var values in Keywords)
        {
            values.CountMemory(memory);
        }

        foreach (var values in Numbers)
        {
            values.CountMemory(memory);
        }
    }

    // Saved as the document count, the ids, the locations when the schema has them, then each field in schema order;
    // what follows from the locations (the coarse copy, the keyword postings' cells) is derived again.
    public void WriteTo(IndexOutput output)
    {
        output.WriteVarInt(MaxDoc);
        foreach (var id in Ids)
        {
            output.WriteGuid(id);
        }

        if (Locations is not null)
        {
            foreach (var value in Locations)
            {
                output.WriteDouble(value);
            }
        }

        foreach (var postings in Text)
        {
            postings.WriteTo(output);
        }

        foreach (var values in Keywords)
        {
            values.WriteTo(output);
        }

        foreach (var values in Numbers)
        {
            values.WriteTo(output);
        }
    }

    public static Segment ReadFrom(IndexInput input, IndexSchema schema)
    {
        // Each document takes at least its 16-byte id.
        var maxDoc = input.ReadCount(16);
        var ids = new Guid[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            ids[doc] = input.ReadGuid();
        }

        double[]? latitudes = null;
        double[]? longitudes = null;
        if (schema.HasLocation)
        {
            latitudes = new double[maxDoc];
            longitudes = new double[maxDoc];
            for (var doc = 0; doc < maxDoc; doc++)
            {
                latitudes[doc] = input.ReadDouble();
                longitudes[doc] = input.ReadDouble();
            }
        }

        var text = new TextPostings[schema.TextFields.Count];
        for (var field = 0; field < text.Length; field++)
        {
            text[field] = TextPostings.ReadFrom(input, maxDoc);
        }

        var cells = GeoCell.OfAll(latitudes, longitudes);
        var keywords = new KeywordValues[schema.KeywordFields.Count];
        for (var field = 0; field < keywords.Length; field++)
        {
            keywords[field] = KeywordValues.ReadFrom(input, maxDoc, cells);
        }

        var numbers = NumericValues.ReadAll(input, maxDoc, schema.NumericFields.Count);

        return new Segment(maxDoc, ids, text, keywords, numbers, latitudes, longitudes);
    }

    private static T[]? Interleave<T>(double[]? latitudes, double[]? longitudes, Func<double, T> convert)
    {
        if (latitudes is null || longitudes is null)
        {
            return null;
        }

        var pairs = new T[latitudes.Length * 2];
        for (var doc = 0; doc < latitudes.Length; doc++)
        {
            pairs[2 * doc] = convert(latitudes[doc]);
            pairs[(2 * doc) + 1] = convert(longitudes[doc]);
        }

        return pairs;
    }
}
