using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Reference;

namespace Matching.Api.Shortfalls;

public sealed class TrendQuery : IValidatableObject
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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ShortfallRules.Validate(Region, Sector, validationContext.GetRequiredService<ReferenceDataSet>()).ToResults();
}
