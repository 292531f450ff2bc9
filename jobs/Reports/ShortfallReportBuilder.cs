using Matching.Jobs.Shortfalls;

namespace Matching.Jobs.Reports;

/// <summary>
/// Assembles a week's report for a scope: its cells, flagged first, the 12-week trend of each flagged sector, and the
/// placement rounds of its regions in the week and the three before it.
/// GET /v1/reports/{isoWeek} and the delivery job both build their reports here, so a fetched report and a
/// delivered one are the same document, except that a round run after the Monday delivery is in a later fetch.
/// </summary>
public sealed class ShortfallReportBuilder(ShortfallSnapshots snapshots, ReportRounds rounds)
{
    public const int TrendWeeks = 12;

    /// <summary>The report, or null when the week has no snapshot.</summary>
    public async Task<ShortfallReport?> BuildAsync(IsoWeek week, ShortfallScope scope, CancellationToken cancellationToken)
    {
        var (cells, computedAt) = await snapshots.CellsAsync(week, scope, cancellationToken);
        if (computedAt is null)
        {
            return null;
        }
        var flaggedSectors = cells.Where(c => c.Flagged).Select(c => c.SectorCode).ToHashSet();
        var trends = await snapshots.TrendsAsync(week, TrendWeeks, scope, null, null, cancellationToken);
        return new ShortfallReport(week, computedAt.Value, scope.Regions, scope.Sectors, cells,
            [.. trends.Where(t => flaggedSectors.Contains(t.SectorCode))], await rounds.ForWeekAsync(week, scope, cancellationToken));
    }
}
