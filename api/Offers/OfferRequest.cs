using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Reference;
using Matching.Api.Validation;

namespace Matching.Api.Offers;

/// <summary>An internship (BOL) or learning job (BBL) as a company posts or replaces it.</summary>
public sealed record OfferRequest : IValidatableObject
{
    [Required, StringLength(120, MinimumLength = 3)]
    public required string Title { get; init; }

    [Required, StringLength(4000, MinimumLength = 1)]
    public required string Description { get; init; }

    [StringLength(2000)]
    public string? Requirements { get; init; }

    [Required, MinLength(1), MaxLength(20)]
    [Description("The crebo codes of the qualifications this place is for.")]
    public required IReadOnlyList<int> Crebos { get; init; }

    [Required, Range(1, 4)]
    public required int LevelMin { get; init; }

    [Required, Range(1, 4)]
    public required int LevelMax { get; init; }

    [Required, AllowedValues("BOL", "BBL")]
    [Description("BOL (stage) or BBL (leerbaan).")]
    public required string LearningPath { get; init; }

    [Range(1000, 9999)]
    [Description("The PC4 of the workplace; the company's own when absent.")]
    public int? Pc4 { get; init; }

    [Required]
    public required DateOnly StartDate { get; init; }

    [Required]
    public required DateOnly EndDate { get; init; }

    [Required, Range(1, 100)]
    [Description("How many students the offer can take.")]
    public required int Places { get; init; }

    [Range(1, 60)]
    public int HoursPerWeek { get; init; } = 32;

    [Range(0, 10_000)]
    [Description("Internship allowance (BOL) or salary (BBL) per month, in euros.")]
    public int? MonthlyAllowanceEuros { get; init; }

    [MaxLength(10), NoNullItems]
    [Description("Languages used at the workplace, as ISO 639-1 codes.")]
    public IReadOnlyList<string>? Languages { get; init; }

    [Description("The company: only an admin key sends it; a company key always posts for itself.")]
    public Guid? CompanyId { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        OfferRules.Validate(this, validationContext.GetRequiredService<ReferenceDataSet>()).ToResults();
}
