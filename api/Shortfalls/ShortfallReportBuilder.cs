using Matching.Jobs.Reports;

namespace Matching.Api.Shortfalls;

/// <summary>
/// Assembles a week's report for a scope: its cells, flagged first, and the 12-week trend of each flagged sector.
/// The delivery job builds the reports it sends through <see cref="IShortfallReportSource"/>, with the same queries.
/// </summary>
internal sealed class ShortfallReportBuilder(ShortfallRepository shortfalls) : IShortfallReportSource
{
    public const int TrendWeeks = 12;

    /// <summary>The report, or null when the week has no snapshot.</summary>
    public async Task<ShortfallReport?> BuildAsync(string week, ShortfallScope scope, CancellationToken cancellationToken)
    {
        var (cells, computedAt) = await shortfalls.CellsAsync(week, scope, cancellationToken);
        if (computedAt is null)
        {
            return null;
        }
        var flaggedSectors = cells.Where(c => c.Flagged).Select(c => c.SectorCode).ToHashSet();
        var trends = await shortfalls.TrendsAsync(week, TrendWeeks, scope, null, null, cancellationToken);
        return new ShortfallReport(week, computedAt.Value, scope.Regions, scope.Sectors, cells,
            [.. trends.Where(t => flaggedSectors.Contains(t.SectorCode))]);
    }

    Task<ShortfallReport?> IShortfallReportSource.BuildAsync(
        string isoWeek, IReadOnlyList<string> regions, IReadOnlyList<string> sectors, CancellationToken cancellationToken) =>
        BuildAsync(isoWeek, new ShortfallScope(regions, sectors), cancellationToken);
}
