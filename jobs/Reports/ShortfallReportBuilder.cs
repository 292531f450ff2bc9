using Matching.Jobs.Recruitment;
using Matching.Jobs.Shortfalls;

namespace Matching.Jobs.Reports;

/// <summary>
/// Assembles a week's report for a scope: its cells, flagged first, the 12-week trend of each flagged sector, the
/// placement rounds of its regions in the week and the three before it, and the first companies to recruit for the
/// flagged cells with the largest shortfall.
/// GET /v1/reports/{isoWeek} and the delivery job both build their reports here, so a fetched report and a
/// delivered one are the same document, except that a round run or an offer opened after the Monday delivery is in a
/// later fetch.
/// </summary>
public sealed class ShortfallReportBuilder(ShortfallSnapshots snapshots, ReportRounds rounds, CompaniesToRecruit recruits)
{
    public const int TrendWeeks = 12;

    // Enough to start calling; the API lists the rest, and a longer list would bury the next cell on a phone.
    public const int RecruitsPerCell = 5;

    // The knelpunten with the largest shortfall get their companies in the report. A report of every region has about
    // 1,700 knelpunten at national scale, which no reader goes through, and a knelpunt in care in a large region has over
    // ten thousand accreditations to weigh; the API has the companies of every flagged cell.
    public const int RecruitCells = 10;

    /// <summary>
    /// The report with its cells only (all the CSV holds), or null when the week has no snapshot: without the trends, the
    /// rounds and the companies to recruit, which take most of a report's time.
    /// </summary>
    public async Task<ShortfallReport?> BuildCellsAsync(IsoWeek week, ShortfallScope scope, CancellationToken cancellationToken)
    {
        var (cells, computedAt) = await snapshots.CellsAsync(week, scope, cancellationToken);
        return computedAt is null ? null : new ShortfallReport(week, computedAt.Value, scope.Regions, scope.Sectors, cells, [], [], []);
    }

    /// <summary>The report, or null when the week has no snapshot.</summary>
    public async Task<ShortfallReport?> BuildAsync(IsoWeek week, ShortfallScope scope, CancellationToken cancellationToken)
    {
        var (cells, computedAt) = await snapshots.CellsAsync(week, scope, cancellationToken);
        if (computedAt is null)
        {
            return null;
        }
        var flagged = cells.Where(c => c.Flagged).ToList();
        var flaggedSectors = flagged.Select(c => c.SectorCode).ToHashSet();
        var trends = await snapshots.TrendsAsync(week, TrendWeeks, scope, null, null, cancellationToken);
        // The snapshot's order: flagged first, the largest shortfall first.
        var companies = await recruits.FindAsync(week, [.. flagged.Take(RecruitCells)], RecruitsPerCell, cancellationToken);
        return new ShortfallReport(week, computedAt.Value, scope.Regions, scope.Sectors, cells,
            [.. trends.Where(t => flaggedSectors.Contains(t.SectorCode))], await rounds.ForWeekAsync(week, scope, cancellationToken), companies);
    }
}
