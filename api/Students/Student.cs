namespace Matching.Api.Students;

/// <summary>A registered student.</summary>
public sealed record Student(
    Guid Id,
    string SchoolBrin,
    string ExternalRef,
    int Crebo,
    int Level,
    string LearningPath,
    int Pc4,
    int MaxDistanceKm,
    DateOnly AvailableFrom,
    DateOnly? AvailableUntil,
    int HoursPerWeek,
    IReadOnlyList<string> PreferredSectors,
    string FreeText,
    IReadOnlyList<string> Languages,
    string Status,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
