using System.ComponentModel;

namespace Matching.Api.Offers;

public sealed record Offer(
    Guid Id,
    Guid CompanyId,
    string CompanyName,
    string CompanyKvk,
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
    [property: Description("Places minus accepted or active placements in the offer's period; never below zero.")] int FreePlaces,
    int HoursPerWeek,
    int? MonthlyAllowanceEuros,
    IReadOnlyList<string> Languages,
    [property: Description("open or closed.")] string Status,
    int Version,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt);
