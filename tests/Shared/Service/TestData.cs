namespace Matching.Tests.Service;

/// <summary>Valid request bodies built on real reference data; tests change one field at a time.</summary>
public static class TestData
{
    // 25774 Logistiek medewerker is level 2, offered BOL and BBL; 3072 is Rotterdam (Rijnmond).
    public const int LogisticsCrebo = 25774;
    public const int LogisticsLevel = 2;
    public const int RotterdamPc4 = 3072;

    public static Dictionary<string, object?> Student(string externalRef = "STU-1") => new()
    {
        ["externalRef"] = externalRef,
        ["crebo"] = LogisticsCrebo,
        ["level"] = LogisticsLevel,
        ["learningPath"] = "BOL",
        ["pc4"] = RotterdamPc4,
        ["maxDistanceKm"] = 20,
        ["availableFrom"] = "2027-02-01",
        ["availableUntil"] = "2027-07-01",
        ["hoursPerWeek"] = 32,
        ["preferredSectors"] = new[] { "mobiliteit-transport-logistiek-maritiem" },
        ["freeText"] = "ik wil graag in een magazijn werken, heb mijn heftruckcertificaat",
        ["languages"] = new[] { "nl", "en" },
    };

    /// <summary>An accreditation of the company for Logistiek medewerker (BOL) since 2026-01-01.</summary>
    public static object Accreditation() => new { crebo = LogisticsCrebo, learningPath = "BOL", validFrom = "2026-01-01" };

    public static Dictionary<string, object?> Company(string kvk = ApiTestBase.CompanyKvk) => new()
    {
        ["kvk"] = kvk,
        ["name"] = "Waalhaven Logistics B.V.",
        ["sectorCode"] = "mobiliteit-transport-logistiek-maritiem",
        ["pc4"] = 3089,
        ["contactEmail"] = "stage@waalhaven.example",
    };

    public static Dictionary<string, object?> Offer(int places = 2) => new()
    {
        ["title"] = "Stagiair logistiek medewerker magazijn",
        ["description"] = "Je werkt mee in ons magazijn in de Waalhaven: orderpicken, heftruck rijden en voorraad tellen.",
        ["requirements"] = "Je volgt Logistiek medewerker niveau 2.",
        ["crebos"] = new[] { LogisticsCrebo },
        ["levelMin"] = 1,
        ["levelMax"] = 3,
        ["learningPath"] = "BOL",
        ["startDate"] = "2027-02-01",
        ["endDate"] = "2027-06-30",
        ["places"] = places,
        ["hoursPerWeek"] = 32,
        ["monthlyAllowanceEuros"] = 300,
        ["languages"] = new[] { "nl" },
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value)
    {
        var copy = new Dictionary<string, object?>(body) { [field] = value };
        return copy;
    }

    public static Dictionary<string, object?> Without(this Dictionary<string, object?> body, string field)
    {
        var copy = new Dictionary<string, object?>(body);
        copy.Remove(field);
        return copy;
    }
}
