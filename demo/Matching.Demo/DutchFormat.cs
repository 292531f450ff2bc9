using System.Globalization;

namespace Matching.Demo;

// The service runs with invariant globalization, so Dutch month names and number formats are spelled out here.
internal static class DutchFormat
{
    private static readonly string[] Months =
    [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    ];

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.Ordinal)
    {
        ["nl"] = "Nederlands", ["en"] = "Engels", ["tr"] = "Turks", ["ar"] = "Arabisch", ["pl"] = "Pools", ["ro"] = "Roemeens",
        ["bg"] = "Bulgaars", ["es"] = "Spaans", ["pt"] = "Portugees", ["uk"] = "Oekraïens", ["so"] = "Somalisch", ["fr"] = "Frans",
        ["de"] = "Duits", ["ru"] = "Russisch", ["zh"] = "Chinees", ["ku"] = "Koerdisch", ["fa"] = "Perzisch", ["ti"] = "Tigrinya",
        ["ur"] = "Urdu", ["hi"] = "Hindi", ["sr"] = "Servisch", ["hr"] = "Kroatisch",
    };

    public static string Month(DateOnly date) => Months[date.Month - 1];

    public static string Date(DateOnly date) => $"{date.Day.ToString(CultureInfo.InvariantCulture)} {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    // Dutch groups thousands with a full stop: € 1.650.
    public static string Euros(int amount) => amount >= 1000
        ? $"{(amount / 1000).ToString(CultureInfo.InvariantCulture)}.{(amount % 1000).ToString("000", CultureInfo.InvariantCulture)}"
        : amount.ToString(CultureInfo.InvariantCulture);

    public static string Language(string code) => LanguageNames.GetValueOrDefault(code, code);
}
