using System.ComponentModel;

namespace Matching.Api.Rounds;

public sealed record PlacementRound(
    Guid Id,
    string Name,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Sectors,
    DateOnly StartFrom,
    DateOnly StartUntil,
    DateTimeOffset PreferencesDeadline,
    bool FillRemaining,
    [property: Description("open (taking rankings), proposed (run; the proposal can be confirmed, run again or discarded), confirmed or discarded.")] string Status,
    [property: Description("The figures of the last run; null before the first.")] RoundSummary? Summary,
    DateTimeOffset? ComputedAt,
    DateTimeOffset? ConfirmedAt,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
