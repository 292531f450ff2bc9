namespace Matching.Demo;

// Pseudonymous by design: no name, birth date or e-mail, and no address finer than the PC4.
public sealed record DemoStudent(
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
    string Status);
