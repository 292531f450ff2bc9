using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Reference;

namespace Matching.Api.Companies;

/// <summary>A learning company (leerbedrijf) as it registers or updates itself.</summary>
public sealed record CompanyRequest : IValidatableObject
{
    [Required, RegularExpression("^[0-9]{8}$", ErrorMessage = "A KvK number is exactly 8 digits.")]
    [Description("The 8-digit KvK (Chamber of Commerce) number; a company key registers only its own.")]
    public required string Kvk { get; init; }

    [Required, StringLength(200, MinimumLength = 1)]
    public required string Name { get; init; }

    [Required, StringLength(64, MinimumLength = 1)]
    [Description("The company's sector (see /v1/sectors).")]
    public required string SectorCode { get; init; }

    [Required, Range(1000, 9999)]
    [Description("The PC4 of the company's address.")]
    public required int Pc4 { get; init; }

    [EmailAddress, StringLength(254, MinimumLength = 3)]
    [Description("Where schools reach the company about placements.")]
    public string? ContactEmail { get; init; }

    // The checks that need the reference data run in the validation pipeline too, after the attributes.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        CompanyRules.Validate(this, validationContext.GetRequiredService<ReferenceDataSet>()).ToResults();
}
