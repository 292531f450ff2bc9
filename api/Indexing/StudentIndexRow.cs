namespace Matching.Api.Indexing;

/// <summary>What the student index needs of a student.</summary>
public sealed record StudentIndexRow(
    Guid Id, string SchoolBrin, int Crebo, int Level, string LearningPath, int Pc4, int MaxDistanceKm, DateOnly AvailableFrom,
    DateOnly? AvailableUntil, string[] PreferredSectors, string FreeText, bool Seeking);
