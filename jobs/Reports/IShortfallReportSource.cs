namespace Matching.Jobs.Reports;

/// <summary>
/// Builds a week's report for a set of regions and sectors (empty: all). The API implements it with the same
/// queries as GET /v1/reports/{isoWeek}, so a delivered report and a fetched one are the same document.
/// </summary>
public interface IShortfallReportSource
{
    /// <summary>The report, or null when the week has no snapshot.</summary>
    Task<ShortfallReport?> BuildAsync(string isoWeek, IReadOnlyList<string> regions, IReadOnlyList<string> sectors, CancellationToken cancellationToken);
}
