using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;
using Matching.Api.Reference;
using Matching.Jobs;

namespace Matching.Api.Shortfalls;

public sealed class ShortfallQuery : PagedQuery, IValidatableObject
{
    [Description("ISO week, e.g. 2026-W48; the latest computed week when absent.")]
    public IsoWeek? Week { get; set; }

    [StringLength(64, MinimumLength = 1)]
    [Description("Only this labour-market region.")]
    public string? Region { get; set; }

    [StringLength(64, MinimumLength = 1)]
    [Description("Only this sector.")]
    public string? Sector { get; set; }

    [Description("Only flagged cells when true.")]
    public bool? Flagged { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ShortfallRules.Validate(Region, Sector, validationContext.GetRequiredService<ReferenceDataSet>()).ToResults();
}
