namespace Matching.Engine.Index;

// A document checked against the schema and analyzed, ready to go into a segment.
internal sealed class AnalyzedDocument
{
    private AnalyzedDocument(Guid id, AnalyzedField[] text, string[][] keywords, long[] numbers, bool[] hasNumber, double latitude, double longitude)
    {
        Id = id;
        Text = text;
        Keywords = keywords;
        Numbers = numbers;
        HasNumber = hasNumber;
        Latitude = latitude;
        Longitude = longitude;
    }

    public Guid Id { get; }

    public AnalyzedField[] Text { get; }

    public string[][] Keywords { get; }

    public long[] Numbers { get; }

    public bool[] HasNumber { get; }

    // NaN when the document has no location.
    public double Latitude { get; }

    public double Longitude { get; }

    public static AnalyzedDocument Create(IndexDocument document, IndexSchema schema, ITextAnalyzer analyzer, List<string> scratch)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new AnalyzedField[schema.TextFields.Count];
        Array.Fill(text, AnalyzedField.Empty);
        foreach (var (field, values) in document.Text)
        {
            scratch.Clear();
            foreach (var value in values)
            {
                analyzer.Analyze(value, scratch);
            }

            text[schema.TextFieldIndex(field)] = Count(scratch);
        }

        var keywords = new string[schema.KeywordFields.Count][];
        Array.Fill(keywords, []);
        foreach (var (field, values) in document.Keywords)
        {
            keywords[schema.KeywordFieldIndex(field)] = [.. values.Distinct(StringComparer.Ordinal)];
        }

        var numbers = new long[schema.NumericFields.Count];
        var hasNumber = new bool[numbers.Length];
        foreach (var (field, value) in document.Numbers)
        {
            var index = schema.NumericFieldIndex(field);
            numbers[index] = value;
            hasNumber[index] = true;
        }

        if (document.Location is { } location && !schema.HasLocation)
        {
            throw new ArgumentException("This index has no location field.", nameof(document));
        }

        return new AnalyzedDocument(
            document.Id, text, keywords, numbers, hasNumber,
            document.Location?.Latitude ?? double.NaN, document.Location?.Longitude ?? double.NaN);
    }

    private static AnalyzedField Count(List<string> tokens)
    {
        if (tokens.Count == 0)
        {
            return AnalyzedField.Empty;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            ArgumentNullException.ThrowIfNull(token, "term");
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        var terms = new string[counts.Count];
        var freqs = new int[counts.Count];
        var i = 0;
        foreach (var (term, freq) in counts)
        {
            terms[i] = term;
            freqs[i] = freq;
            i++;
        }

        // Length counts every token, as Lucene's FieldInvertState does (no overlapping tokens here).
        return new AnalyzedField(terms, freqs, tokens.Count);
    }
}
