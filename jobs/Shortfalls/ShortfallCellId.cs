using System.Globalization;
using System.Text.RegularExpressions;

namespace Matching.Jobs.Shortfalls;

/// <summary>
/// A snapshot cell's id: "{sector}_{region}_{yyyy-MM}", e.g. "zorg-welzijn-sport_rijnmond_2027-02". It is the key of
/// shortfall_snapshots without the week, so a cell keeps its id from one week's snapshot to the next. Sector and region
/// codes are slugs of a-z, 0-9 and '-', so the underscore between the parts never occurs inside one.
/// </summary>
public readonly partial record struct ShortfallCellId(string SectorCode, string RegionCode, DateOnly StartMonth)
{
    public const string Pattern = "^[a-z0-9-]{1,64}_[a-z0-9-]{1,64}_[0-9]{4}-(0[1-9]|1[0-2])$";

    public override string ToString() =>
        $"{SectorCode}_{RegionCode}_{StartMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? text, out ShortfallCellId id)
    {
        id = default;
        // '$' also matches before a final line break, which no id ends with.
        if (text is null || text.EndsWith('\n') || !Form().IsMatch(text))
        {
            return false;
        }
        var parts = text.Split('_');
        var year = int.Parse(parts[2].AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < 2000 || year > 2100)
        {
            return false;
        }
        id = new ShortfallCellId(parts[0], parts[1], new DateOnly(year, int.Parse(parts[2].AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture), 1));
        return true;
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Form();
}
