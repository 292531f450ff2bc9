using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;

namespace Matching.Api.Shortfalls;

public sealed class ShortfallQuery : PagedQuery
{
    [RegularExpression("^[0-9]{4}-W[0-9]{2}$", ErrorMessage = "An ISO week looks like 2026-W48.")]
    [Description("ISO week, e.g. 2026-W48; the latest computed week when absent.")]
    public string? Week { get; set; }

    [StringLength(64, MinimumLength = 1)]
    [Description("Only this labour-market region.")]
    public string? Region { get; set; }

    [StringLength(64, MinimumLength = 1)]
    [Description("Only this sector.")]
    public string? Sector { get; set; }

    [Description("Only flagged cells when true.")]
    public bool? Flagged { get; set; }
}
