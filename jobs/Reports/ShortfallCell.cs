using System.ComponentModel;
using System.Text.Json.Serialization;
using Matching.Jobs.Shortfalls;

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
    IReadOnlyList<CreboShortfall> ByCrebo)
{
    [JsonPropertyOrder(-1)]
    [Description("The cell's id, {sector}_{region}_{yyyy-MM}: the same in every week's snapshot.")]
    public string Id => new ShortfallCellId(SectorCode, RegionCode, StartMonth).ToString();
}
