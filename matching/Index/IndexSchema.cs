namespace Matching.Engine.Index;

/// <summary>
/// The fields of an index: analyzed text fields (scored with BM25), keyword fields (exact values, for
/// filters, facets and preference boosts), numeric fields (one <see cref="long"/> per document, for
/// ranges, decays and sorting; dates as <see cref="DateOnly.DayNumber"/>) and an optional location.
/// </summary>
public sealed class IndexSchema
{
    private readonly Dictionary<string, int> _textFields;
    private readonly Dictionary<string, int> _keywordFields;
    private readonly Dictionary<string, int> _numericFields;

    /// <summary>Declares the fields of an index.</summary>
    /// <param name="textFields">The analyzed text fields.</param>
    /// <param name="keywordFields">The keyword fields.</param>
    /// <param name="numericFields">The numeric fields.</param>
    /// <param name="hasLocation">Whether documents carry a latitude/longitude.</param>
    /// <exception cref="ArgumentException">A field name is empty or declared twice.</exception>
    public IndexSchema(
        IEnumerable<string> textFields,
        IEnumerable<string>? keywordFields = null,
        IEnumerable<string>? numericFields = null,
        bool hasLocation = false)
    {
        ArgumentNullException.ThrowIfNull(textFields);
        TextFields = [.. textFields];
        KeywordFields = [.. keywordFields ?? []];
        NumericFields = [.. numericFields ?? []];
        HasLocation = hasLocation;

        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in TextFields.Concat(KeywordFields).Concat(NumericFields))
        {
            if (string.IsNullOrWhiteSpace(field))
            {
                throw new ArgumentException("Field names must not be empty.", nameof(textFields));
            }

            if (!all.Add(field))
            {
                throw new ArgumentException($"Field '{field}' is declared more than once.", nameof(textFields));
            }
        }

        _textFields = Positions(TextFields);
        _keywordFields = Positions(KeywordFields);
        _numericFields = Positions(NumericFields);
    }

    /// <summary>The analyzed text fields, in declaration order.</summary>
    public IReadOnlyList<string> TextFields { get; }

    /// <summary>The keyword fields, in declaration order.</summary>
    public IReadOnlyList<string> KeywordFields { get; }

    /// <summary>The numeric fields, in declaration order.</summary>
    public IReadOnlyList<string> NumericFields { get; }

    /// <summary>Whether documents carry a location.</summary>
    public bool HasLocation { get; }

    /// <summary>Whether <paramref name="field"/> is a text field.</summary>
    /// <param name="field">The field name.</param>
    /// <returns><see langword="true"/> for a declared text field.</returns>
    public bool IsTextField(string field) => _textFields.ContainsKey(field);

    /// <summary>Whether <paramref name="field"/> is a keyword field.</summary>
    /// <param name="field">The field name.</param>
    /// <returns><see langword="true"/> for a declared keyword field.</returns>
    public bool IsKeywordField(string field) => _keywordFields.ContainsKey(field);

    /// <summary>Whether <paramref name="field"/> is a numeric field.</summary>
    /// <param name="field">The field name.</param>
    /// <returns><see langword="true"/> for a declared numeric field.</returns>
    public bool IsNumericField(string field) => _numericFields.ContainsKey(field);

    internal int TextFieldIndex(string field) => Lookup(_textFields, field, "text");

    internal int KeywordFieldIndex(string field) => Lookup(_keywordFields, field, "keyword");

    internal int NumericFieldIndex(string field) => Lookup(_numericFields, field, "numeric");

    // A saved index names its fields, so that one saved with other fields is refused rather than misread.
    internal void WriteTo(IndexOutput output)
    {
        foreach (var fields in new[] { TextFields, KeywordFields, NumericFields })
        {
            output.WriteVarInt(fields.Count);
            foreach (var field in fields)
            {
                output.WriteString(field);
            }
        }

        output.WriteByte(HasLocation ? (byte)1 : (byte)0);
    }

    internal bool Matches(IndexInput input)
    {
        var matches = true;
        foreach (var fields in new[] { TextFields, KeywordFields, NumericFields })
        {
            var count = input.ReadCount(1);
            matches &= count == fields.Count;
            for (var i = 0; i < count; i++)
            {
                matches &= input.ReadString() is var field && i < fields.Count && field == fields[i];
            }
        }

        return input.ReadByte() == (HasLocation ? 1 : 0) && matches;
    }

    private static int Lookup(Dictionary<string, int> fields, string field, string kind)
    {
        ArgumentNullException.ThrowIfNull(field);
        return fields.TryGetValue(field, out var index)
            ? index
            : throw new ArgumentException($"'{field}' is not a {kind} field of this index.", nameof(field));
    }

    private static Dictionary<string, int> Positions(IReadOnlyList<string> fields)
    {
        var positions = new Dictionary<string, int>(fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            positions.Add(fields[i], i);
        }

        return positions;
    }
}
