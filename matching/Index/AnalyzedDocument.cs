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

    public static AnalyzedDocument Create(IndexDocument document, IndexSchema schema, ITextAnalyzer analyzer, AnalysisScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new AnalyzedField[schema.TextFields.Count];
        Array.Fill(text, AnalyzedField.Empty);
        var texts = document.Text;
        for (var i = 0; i < texts.Count; i++)
        {
            var field = schema.TextFieldIndex(texts[i].Key);
            if (SeenBefore(texts, i))
            {
                continue;
            }

            // All texts of the field, in the order given, make one token stream.
            scratch.Tokens.Clear();
            scratch.Positions = 0;
            for (var j = i; j < texts.Count; j++)
            {
                if (texts[j].Key == texts[i].Key)
                {
                    scratch.Positions += analyzer.Analyze(texts[j].Value, scratch.Tokens);
                }
            }

            text[field] = scratch.Count();
        }

        var keywords = new string[schema.KeywordFields.Count][];
        Array.Fill(keywords, []);
        var keywordValues = document.KeywordArrays;
        for (var i = 0; i < keywordValues.Count; i++)
        {
            var field = schema.KeywordFieldIndex(keywordValues[i].Key);
            if (!SeenBefore(keywordValues, i))
            {
                keywords[field] = Distinct(ValuesOf(keywordValues, i));
            }
        }

        var numbers = new long[schema.NumericFields.Count];
        var hasNumber = new bool[numbers.Length];
        var numberValues = document.Numbers;
        for (var i = 0; i < numberValues.Count; i++)
        {
            var index = schema.NumericFieldIndex(numberValues[i].Key);
            numbers[index] = numberValues[i].Value;
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

    // Whether an entry before the one at index names the same field (then that field was handled there).
    private static bool SeenBefore<T>(IReadOnlyList<KeyValuePair<string, T>> entries, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (entries[i].Key == entries[index].Key)
            {
                return true;
            }
        }

        return false;
    }

    // The values of the field of the entry at first, from it and every later entry of the same field.
    private static string[] ValuesOf(IReadOnlyList<KeyValuePair<string, string[]>> entries, int first)
    {
        var field = entries[first].Key;
        var values = entries[first].Value;
        for (var i = first + 1; i < entries.Count; i++)
        {
            if (entries[i].Key == field)
            {
                values = [.. values, .. entries[i].Value];
            }
        }

        return values;
    }

    // The values in first-seen order without repeats (the array itself when it has none; the document's arrays are
    // its own copies). A field holds a handful of values, where comparing each with the earlier ones costs less than
    // a hash set; a long list gets one.
    private static string[] Distinct(string[] values)
    {
        const int LinearLimit = 16;
        if (values.Length > LinearLimit)
        {
            var distinct = values.Distinct(StringComparer.Ordinal).ToArray();
            return distinct.Length == values.Length ? values : distinct;
        }

        for (var i = 1; i < values.Length; i++)
        {
            // string's default equality is ordinal.
            if (Array.IndexOf(values, values[i], 0, i) >= 0)
            {
                return [.. values.Distinct(StringComparer.Ordinal)];
            }
        }

        return values;
    }
}
