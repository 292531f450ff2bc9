using System.ComponentModel;

namespace Matching.Jobs.Alerts;

/// <summary>The offer an alert is about, as it is now (its free places and status change after the alert).</summary>
public sealed record AlertedOffer(
    Guid Id,
    string Title,
    string CompanyName,
    [property: Description("BOL or BBL.")] string LearningPath,
    IReadOnlyList<int> Crebos,
    int LevelMin,
    int LevelMax,
    [property: Description("The workplace's 4-digit postcode.")] int Pc4,
    DateOnly StartDate,
    DateOnly EndDate,
    int FreePlaces,
    int HoursPerWeek,
    int? MonthlyAllowanceEuros,
    [property: Description("open or closed.")] string Status);
