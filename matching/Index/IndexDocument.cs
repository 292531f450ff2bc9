using Matching.Engine.Geo;

namespace Matching.Engine.Index;

/// <summary>
/// A document to index, identified by its <see cref="Guid"/>. The index keeps only what it needs to
/// search: terms, keyword values, numbers and the location; the database holds the record itself.
/// </summary>
/// <remarks>Build it with the <c>With…</c> methods, which return the same instance.</remarks>
public sealed class IndexDocument
{
    // Flat lists in the order given: a document is built once and analysed once, so lists cost less than maps.
    private readonly List<KeyValuePair<string, string>> _text = [];
    private readonly List<KeyValuePair<string, string[]>> _keywords = [];
    private readonly List<KeyValuePair<string, long>> _numbers = [];

    /// <summary>Starts a document.</summary>
    /// <param name="id">The external id.</param>
    public IndexDocument(Guid id)
    {
        Id = id;
    }

    /// <summary>The external id.</summary>
    public Guid Id { get; }

    /// <summary>The texts with their fields, in the order added; a field given twice is indexed as both texts, one after the other.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Text => _text;

    /// <summary>The keyword values with their fields, in the order added; a field given twice has the values of both.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Keywords =>
        [.. _keywords.Select(pair => new KeyValuePair<string, IReadOnlyList<string>>(pair.Key, Array.AsReadOnly(pair.Value)))];

    // The same, as the arrays this document owns (copies of what it was given): the engine reads them without copying.
    internal List<KeyValuePair<string, string[]>> KeywordArrays => _keywords;

    /// <summary>The numbers with their fields, in the order set; of a field set twice, the later number counts.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Numbers => _numbers;

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
        _text.Add(new(field, text));
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
        string[] copy = [.. values];
        foreach (var value in copy)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
        }

        _keywords.Add(new(field, copy));
        return this;
    }

    /// <summary>Sets a numeric field.</summary>
    /// <param name="field">The numeric field.</param>
    /// <param name="value">The value.</param>
    /// <returns>This document.</returns>
    public IndexDocument WithNumber(string field, long value)
    {
        ArgumentNullException.ThrowIfNull(field);
        _numbers.Add(new(field, value));
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
