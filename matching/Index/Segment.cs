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

    // Per document; NaN where a document has no location. Null when the schema has none.
    public double[]? Latitudes { get; } = latitudes;

    public double[]? Longitudes { get; } = longitudes;

    // Each document's latitude and longitude again, as floats side by side: one small read tells a geo filter
    // whether a document is surely out of reach, before the exact check reads the doubles.
    public float[]? CoarseLocations { get; } = Interleave(latitudes, longitudes);

    private static float[]? Interleave(double[]? latitudes, double[]? longitudes)
    {
        if (latitudes is null || longitudes is null)
        {
            return null;
        }

        var coarse = new float[latitudes.Length * 2];
        for (var doc = 0; doc < latitudes.Length; doc++)
        {
            coarse[2 * doc] = (float)latitudes[doc];
            coarse[(2 * doc) + 1] = (float)longitudes[doc];
        }

        return coarse;
    }
}
