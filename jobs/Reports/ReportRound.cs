using System.ComponentModel;

namespace Matching.Jobs.Reports;

/// <summary>
/// A placement round (api/Rounds) that ran or was confirmed in a report's weeks, with the figures of its last run. The
/// figures are the whole round's, also where it reaches beyond the report's regions and sectors.
/// </summary>
public sealed record ReportRound(
    Guid Id,
    string Name,
    [property: Description("Labour-market region codes.")] IReadOnlyList<string> Regions,
    [property: Description("The names of regions, in the same order.")] IReadOnlyList<string> RegionNames,
    [property: Description("Sector codes; empty: every sector.")] IReadOnlyList<string> Sectors,
    DateOnly StartFrom,
    DateOnly StartUntil,
    [property: Description("proposed or confirmed (a discarded round is left out).")] string Status,
    DateTimeOffset ComputedAt,
    DateTimeOffset? ConfirmedAt,
    [property: Description("Seeking students in the round's scope.")] int Students,
    int Placed,
    [property: Description("How many students the one-at-a-time baseline places on the same input.")] int GreedyPlaced,
    int PlacesLeft,
    [property: Description("Student-offer pairs who would both rather have each other than what they got.")] int BlockingPairs);
