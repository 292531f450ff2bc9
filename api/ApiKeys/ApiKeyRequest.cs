using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Reference;
using Matching.Api.Validation;

namespace Matching.Api.ApiKeys;

/// <summary>A key to issue: one role and the scope that role needs.</summary>
public sealed record ApiKeyRequest : IValidatableObject
{
    [Required, StringLength(100, MinimumLength = 1)]
    [Description("A name that says whose key this is, e.g. 'Albeda portal'.")]
    public required string Name { get; init; }

    [Required, AllowedValues("admin", "school", "company", "coordinator")]
    [Description("admin, school, company or coordinator.")]
    public required string Role { get; init; }

    [RegularExpression("^[0-9]{2}[A-Z]{2}$", ErrorMessage = "A BRIN code is two digits and two capital letters, e.g. 25LH.")]
    [Description("The school's BRIN code; required for the school role.")]
    public string? Brin { get; init; }

    [StringLength(200, MinimumLength = 1)]
    [Description("The school's name, recorded with its BRIN when the school is new.")]
    public string? SchoolName { get; init; }

    [RegularExpression("^[0-9]{8}$", ErrorMessage = "A KvK number is exactly 8 digits.")]
    [Description("The company's KvK number; required for the company role.")]
    public string? Kvk { get; init; }

    [MaxLength(35), NoNullItems]
    [Description("Labour-market region codes a coordinator follows.")]
    public IReadOnlyList<string>? Regions { get; init; }

    [MaxLength(9), NoNullItems]
    [Description("Sector codes a coordinator follows.")]
    public IReadOnlyList<string>? Sectors { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ApiKeyRules.Validate(this, validationContext.GetRequiredService<ReferenceDataSet>()).ToResults();
}
