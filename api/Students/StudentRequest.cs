using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Reference;
using Matching.Api.Validation;

namespace Matching.Api.Students;

/// <summary>A student as a school registers or replaces it. Pseudonymous: no name, birth date or address.</summary>
public sealed record StudentRequest : IValidatableObject
{
    public const int MaxFreeTextLength = 2000;

    [Required, StringLength(64, MinimumLength = 1), RegularExpression("^[A-Za-z0-9][A-Za-z0-9._:/-]*$", ErrorMessage = "Use letters, digits and . _ : / - only.")]
    [Description("The school's own reference for the student, unique within the school.")]
    public required string ExternalRef { get; init; }

    [Required, Range(10000, 99999)]
    [Description("The crebo code of the student's qualification.")]
    public required int Crebo { get; init; }

    [Required, Range(1, 4)]
    [Description("MBO level 1-4; must be the qualification's level.")]
    public required int Level { get; init; }

    [Required, AllowedValues("BOL", "BBL")]
    [Description("BOL (school-based, stage) or BBL (work-based, leerbaan).")]
    public required string LearningPath { get; init; }

    [Required, Range(1000, 9999)]
    [Description("The 4-digit postcode (PC4) where the student lives.")]
    public required int Pc4 { get; init; }

    [Range(1, 300)]
    [Description("How far the student can travel, in km (default 25).")]
    public int MaxDistanceKm { get; init; } = 25;

    [Required]
    [Description("First day the student is available.")]
    public required DateOnly AvailableFrom { get; init; }

    [Description("Last day the student is available; open-ended when absent.")]
    public DateOnly? AvailableUntil { get; init; }

    [Range(1, 60)]
    [Description("Hours per week the student can work (default 32).")]
    public int HoursPerWeek { get; init; } = 32;

    [MaxLength(9), NoNullItems]
    [Description("Sector codes the student prefers.")]
    public IReadOnlyList<string>? PreferredSectors { get; init; }

    [StringLength(MaxFreeTextLength)]
    [Description("Skills, interests and motivation in the student's own words. Companies read it, so it may hold no e-mail address, phone number, web address, social media handle, street address (or full postcode) or birth date: a 400 names the kind found.")]
    public string? FreeText { get; init; }

    [MaxLength(10), NoNullItems]
    [Description("Languages the student speaks, as ISO 639-1 codes (nl, en, tr, ...).")]
    public IReadOnlyList<string>? Languages { get; init; }

    [AllowedValues("seeking", "placed", "inactive")]
    [Description("seeking (default), placed or inactive.")]
    public string Status { get; init; } = "seeking";

    [RegularExpression("^[0-9]{2}[A-Z]{2}$", ErrorMessage = "A BRIN code is two digits and two capital letters, e.g. 25LH.")]
    [Description("The school's BRIN code: only an admin key sends it; a school key always writes to its own school.")]
    public string? SchoolBrin { get; init; }

    // The bulk endpoint validates its rows with the same rules, through Validator and the request's services.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        StudentRules.Validate(this, validationContext.GetRequiredService<ReferenceDataSet>(), validationContext.GetRequiredService<TimeProvider>())
            .ToResults();
}
