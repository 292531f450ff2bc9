using System.ComponentModel;
using Matching.Jobs.Recruitment;

namespace Matching.Jobs.Reports;

/// <summary>
/// One ISO week's shortfall report for one audience (a coordinator's regions and sectors, or all):
/// every cell of sector x region x start month, flagged cells first, a 12-week trend per flagged sector, the
/// placement rounds run or confirmed in the audience's regions in that week and the three before it, and the top
/// companies to recruit places from for the flagged cells with the largest shortfall.
/// </summary>
public sealed record ShortfallReport(
    IsoWeek IsoWeek,
    DateTimeOffset ComputedAt,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<ShortfallCell> Cells,
    IReadOnlyList<SectorTrend> Trends,
    [property: Description("Placement rounds sharing a region with the report, run or confirmed in its week or the three weeks before it; latest first.")]
    IReadOnlyList<ReportRound> Rounds,
    [property: Description("For the 10 flagged cells with the largest shortfall, in the cells' order, the first five companies to recruit places from (GET /v1/shortfalls/{isoWeek}/cells/{cellId}/companies has them all, for every flagged cell).")]
    IReadOnlyList<CellRecruits> Recruits);
