namespace Matching.Jobs.Reports;

/// <summary>Demand (seeking students) against supply (free places) for one sector, region and start month.</summary>
public sealed record ShortfallCell(
    string SectorCode,
    string SectorName,
    string RegionCode,
    string RegionName,
    DateOnly StartMonth,
    int Demand,
    int Supply,
    int Shortfall,
    bool Flagged,
    IReadOnlyList<CreboShortfall> ByCrebo);
