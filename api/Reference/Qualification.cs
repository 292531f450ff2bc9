namespace Matching.Api.Reference;

public sealed record Qualification(
    int Crebo,
    string Name,
    int Level,
    IReadOnlyList<string> LearningPaths,
    string SectorCode,
    string Dossier,
    bool Current);
