using Matching.Engine.Geo;

namespace Matching.Engine.Index;

/// <summary>
/// A document to index, identified by its <see cref="Guid"/>. The index keeps only what it needs to
/// search: terms, keyword values, numbers and the location; the database holds the record itself.
/// </summary>
/// <remarks>Build it with the <c>With…</c> methods, which return the same instance.</remarks>
public sealed class IndexDocument
{
    private readonly Dictionary<string, IReadOnlyList<string>> _text = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _keywords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _numbers = new(StringComparer.Ordinal);

    /// <summary>Starts a document.</summary>
    /// <param name="id">The external id.</param>
    public IndexDocument(Guid id)
    {
        Id = id;
    }

    /// <summary>The external id.</summary>
    public Guid Id { get; }

    /// <summary>Text per field; a field given twice is indexed as both values, one after the other.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Text => _text;

    /// <summary>Keyword values per field.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords => _keywords;

    /// <summary>The number per numeric field.</summary>
    public IReadOnlyDictionary<string, long> Numbers => _numbers;

    /// <summary>The location, if any.</summary>
    public GeoPoint? Location { get; private set; }

    /// <summary>Adds text to a text field.</summary>
    /// <param name="field">The text field.</param>
    /// <param name="text">The text; analyzed when indexed.</param>
    /// <returns>This document.</returns>
    public IndexDocument WithText(string field, string text)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(text);
        if (!_text.TryGetValue(field, out var values))
        {
            _text[field] = values = new List<string>();
        }

        ((List<string>)values).Add(text);
        return this;
    }

    /// <summary>Adds values to a keyword field; matched exactly (case-sensitive), duplicates ignored.</summary>
    /// <param name="field">The keyword field.</param>
    /// <param name="values">The values.</param>
    /// <returns>This document.</returns>
    public IndexDocument WithKeywords(string field, params IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(values);
        if (!_keywords.TryGetValue(field, out var existing))
        {
            _keywords[field] = existing = new List<string>();
        }

        var list = (List<string>)existing;
        foreach (var value in values)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
            list.Add(value);
        }

        return this;
    }

    /// <summary>Sets a numeric field.</summary>
    /// <param name="field">The numeric field.</param>
    /// <param name="value">The value.</param>
    /// <returns>This document.</returns>
    public IndexDocument WithNumber(string field, long value)
    {
        ArgumentNullException.ThrowIfNull(field);
        _numbers[field] = value;
        return this;
    }

    /// <summary>Sets a numeric field to a date, stored as its <see cref="DateOnly.DayNumber"/>.</summary>
    /// <param name="field">The numeric field.</param>
    /// <param name="date">The date.</param>
    /// <returns>This document.</returns>
    public IndexDocument WithDate(string field, DateOnly date) => WithNumber(field, date.DayNumber);

    /// <summary>Sets the location.</summary>
    /// <param name="location">The location.</param>
    /// <returns>This document.</returns>
    public IndexDocument WithLocation(GeoPoint location)
    {
        Location = location;
        return this;
    }

    /// <summary>Sets the location.</summary>
    /// <param name="latitude">Latitude in degrees.</param>
    /// <param name="longitude">Longitude in degrees.</param>
    /// <returns>This document.</returns>
    public IndexDocument WithLocation(double latitude, double longitude) => WithLocation(new GeoPoint(latitude, longitude));
}
