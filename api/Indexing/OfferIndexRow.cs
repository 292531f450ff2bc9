namespace Matching.Api.Indexing;

/// <summary>What the offer index needs of an offer, read in one query with its company and accreditations.</summary>
public sealed record OfferIndexRow(
    Guid Id, Guid CompanyId, string CompanyName, string Sector, string Title, string Description, string Requirements,
    int[] Crebos, int[] AccreditedCrebos, int LevelMin, int LevelMax, string LearningPath, int Pc4, DateOnly Start, DateOnly End,
    int FreePlaces, bool Open, int HoursPerWeek, int? MonthlyAllowanceEuros);
