namespace Matching.Demo;

public sealed record DemoOffer(
    Guid Id,
    Guid CompanyId,
    string Title,
    string Description,
    string Requirements,
    IReadOnlyList<int> Crebos,
    int LevelMin,
    int LevelMax,
    string LearningPath,
    int Pc4,
    DateOnly StartDate,
    DateOnly EndDate,
    int Places,
    int HoursPerWeek,
    int? MonthlyAllowanceEuros,
    IReadOnlyList<string> Languages);
