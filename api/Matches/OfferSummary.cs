namespace Matching.Api.Matches;

/// <summary>What a match result shows of an offer.</summary>
public sealed record OfferSummary(
    Guid Id, string Title, Guid CompanyId, string CompanyName, string LearningPath, IReadOnlyList<int> Crebos, int LevelMin, int LevelMax,
    int Pc4, DateOnly StartDate, DateOnly EndDate, int FreePlaces, int HoursPerWeek, int? MonthlyAllowanceEuros);
