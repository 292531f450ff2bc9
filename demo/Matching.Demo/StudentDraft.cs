using Matching.Api.Reference;

namespace Matching.Demo;

// The facts of a student that the free text must agree with.
internal sealed record StudentDraft(
    ResolvedBranch Branch,
    ResolvedRole Role,
    ResolvedName Name,
    bool Bbl,
    Postcode Postcode,
    int MaxDistanceKm,
    DateOnly AvailableFrom,
    DateOnly Today,
    int Hours,
    IReadOnlyList<string> Languages);
