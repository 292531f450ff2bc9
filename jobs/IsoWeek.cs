using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Matching.Jobs;

/// <summary>
/// An ISO 8601 week, written "2026-W48": the key of a week's shortfall snapshot and of its reports. Parsed once where it
/// enters (a route or query value binds to it through <see cref="IParsable{TSelf}"/>, JSON through its converter), so
/// a value of this type is always a real week.
/// </summary>
[JsonConverter(typeof(IsoWeekJsonConverter))]
public readonly record struct IsoWeek : ISpanParsable<IsoWeek>
{
    /// <summary>The written form, which the OpenAPI document states for every week a client sends.</summary>
    public const string Pattern = "^[0-9]{4}-W[0-9]{2}$";

    public const string Example = "2026-W48";

    // The years a snapshot can belong to: a four-digit year outside them is a typo, not a week anyone asks for.
    private const int FirstYear = 2000;
    private const int LastYear = 2100;

    public IsoWeek(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, ISOWeek.GetWeeksInYear(year));
        Year = year;
        Number = number;
    }

    public int Year { get; }

    public int Number { get; }

    /// <summary>The week's first day.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Number, DayOfWeek.Monday));

    public static IsoWeek Of(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(dateTime), ISOWeek.GetWeekOfYear(dateTime));
    }

    /// <summary>The week <paramref name="weeks"/> weeks later (earlier when negative).</summary>
    public IsoWeek AddWeeks(int weeks) => Of(Monday.AddDays(7 * weeks));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Number:D2}");

    public static IsoWeek Parse(string text) => Parse(text, null);

    public static IsoWeek Parse(string s, IFormatProvider? provider) =>
        TryParse(s.AsSpan(), provider, out var week) ? week : throw new FormatException($"'{s}' is not an ISO week such as {Example}.");

    public static IsoWeek Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var week) ? week : throw new FormatException($"'{s}' is not an ISO week such as {Example}.");

    public static bool TryParse([NotNullWhen(true)] string? text, out IsoWeek week) => TryParse(text.AsSpan(), null, out week);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out IsoWeek result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Exactly "yyyy-Www" with a week that the year has: no sign, no spaces, no week 0 or 54.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out IsoWeek result)
    {
        result = default;
        if (s.Length != 8 || s[4] != '-' || s[5] != 'W'
            || !int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(s[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < FirstYear or > LastYear || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }
        result = new IsoWeek(year, number);
        return true;
    }
}
