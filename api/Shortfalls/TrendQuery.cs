using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Shortfalls;

public sealed class TrendQuery
{
    [StringLength(64, MinimumLength = 1)]
    [Description("Only this labour-market region (all the key's regions when absent).")]
    public string? Region { get; set; }

    [StringLength(64, MinimumLength = 1)]
    [Description("Only this sector (all the key's sectors when absent).")]
    public string? Sector { get; set; }

    [Range(1, 52)]
    [Description("How many weeks back, 1 to 52 (default 12).")]
    public int? Weeks { get; set; }
}
