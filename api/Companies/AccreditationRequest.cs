using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Reference;

namespace Matching.Api.Companies;

/// <summary>An accreditation (erkenning) by SBB for one qualification and learning path.</summary>
public sealed record AccreditationRequest : IValidatableObject
{
    [Required, Range(10000, 99999)]
    [Description("The crebo code the company is accredited for.")]
    public required int Crebo { get; init; }

    [Required, AllowedValues("BOL", "BBL")]
    public required string LearningPath { get; init; }

    [Required]
    public required DateOnly ValidFrom { get; init; }

    [Description("Last day of validity; open-ended when absent.")]
    public DateOnly? ValidUntil { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        CompanyRules.Validate(this, validationContext.GetRequiredService<ReferenceDataSet>()).ToResults();
}
