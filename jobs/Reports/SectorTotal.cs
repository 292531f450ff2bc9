namespace Matching.Jobs.Reports;

/// <summary>One sector's cells summed over the report's regions and start months: one bar of the sector chart.</summary>
internal sealed record SectorTotal(string SectorCode, string SectorName, int Demand, int Supply, int Shortfall)
{
    /// <summary>Largest shortfall first, surpluses last; ties by name so that the order never depends on the input.</summary>
    public static IReadOnlyList<SectorTotal> Of(IEnumerable<ShortfallCell> cells) =>
    [
        .. cells
            .GroupBy(cell => cell.SectorCode, StringComparer.Ordinal)
            .Select(sector => new SectorTotal(
                sector.Key,
                sector.First().SectorName,
                sector.Sum(cell => cell.Demand),
                sector.Sum(cell => cell.Supply),
                sector.Sum(cell => cell.Shortfall)))
            .OrderByDescending(sector => sector.Shortfall)
            .ThenBy(sector => sector.SectorName, StringComparer.Ordinal)
            .ThenBy(sector => sector.SectorCode, StringComparer.Ordinal),
    ];
}
