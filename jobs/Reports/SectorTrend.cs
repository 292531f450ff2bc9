namespace Matching.Jobs.Reports;

/// <summary>A sector's totals (over the report's regions and months) in each of the last weeks, oldest first.</summary>
public sealed record SectorTrend(string SectorCode, string SectorName, IReadOnlyList<TrendPoint> Points);
