using System.Globalization;

namespace Matching.Jobs;

/// <summary>ISO 8601 weeks as "2026-W48", the key of a week's shortfall snapshot.</summary>
public static class IsoWeek
{
    public static string Of(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dateTime):D4}-W{ISOWeek.GetWeekOfYear(dateTime):D2}";
    }

    public static bool TryParse(string? text, out string week)
    {
        week = "";
        if (text is not { Length: 8 } || text[4] != '-' || text[5] != 'W'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 2000 || year > 2100 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }
        week = text;
        return true;
    }

    /// <summary>The Monday of an ISO week string that TryParse accepted.</summary>
    public static DateOnly Monday(string week) =>
        DateOnly.FromDateTime(ISOWeek.ToDateTime(int.Parse(week[..4], CultureInfo.InvariantCulture), int.Parse(week[6..], CultureInfo.InvariantCulture), DayOfWeek.Monday));
}
