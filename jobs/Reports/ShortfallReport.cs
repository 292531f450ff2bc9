namespace Matching.Jobs.Reports;

/// <summary>
/// One ISO week's shortfall report for one audience (a coordinator's regions and sectors, or all):
/// every cell of sector x region x start month, flagged cells first, and a 12-week trend per flagged sector.
/// </summary>
public sealed record ShortfallReport(
    string IsoWeek,
    DateTimeOffset ComputedAt,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<ShortfallCell> Cells,
    IReadOnlyList<SectorTrend> Trends);
