using System.ComponentModel;

namespace Matching.Jobs.Reports;

/// <summary>
/// One ISO week's shortfall report for one audience (a coordinator's regions and sectors, or all):
/// every cell of sector x region x start month, flagged cells first, a 12-week trend per flagged sector, and the
/// placement rounds run or confirmed in the audience's regions in that week and the three before it.
/// </summary>
public sealed record ShortfallReport(
    IsoWeek IsoWeek,
    DateTimeOffset ComputedAt,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<ShortfallCell> Cells,
    IReadOnlyList<SectorTrend> Trends,
    [property: Description("Placement rounds sharing a region with the report, run or confirmed in its week or the three weeks before it; latest first.")]
    IReadOnlyList<ReportRound> Rounds);
