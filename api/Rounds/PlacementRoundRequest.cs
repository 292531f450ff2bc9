using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Reference;
using Matching.Api.Validation;

namespace Matching.Api.Rounds;

/// <summary>A placement round as a coordinator creates it: who takes part (regions, sectors, start period) and until when rankings are taken.</summary>
public sealed record PlacementRoundRequest : IValidatableObject
{
    [Required, StringLength(200, MinimumLength = 1)]
    [Description("A name for the round, e.g. \"Matchingdag Rijnmond februari 2027\".")]
    public required string Name { get; init; }

    [Required, MinLength(1), MaxLength(35), NoNullItems]
    [Description("Labour-market region codes: students living there and offers located there take part. A coordinator key names only regions it follows.")]
    public required IReadOnlyList<string> Regions { get; init; }

    [MaxLength(9), NoNullItems]
    [Description("Sector codes: only students whose qualification is in one of them, and offers for such a qualification. Empty or absent: every sector (a coordinator key: every sector it follows).")]
    public IReadOnlyList<string>? Sectors { get; init; }

    [Required]
    [Description("The first start date of the offers that take part; students take part when they are available at some time from here to startUntil.")]
    public required DateOnly StartFrom { get; init; }

    [Required]
    [Description("The last start date of the offers that take part (at most 366 days after startFrom).")]
    public required DateOnly StartUntil { get; init; }

    [Required]
    [Description("Until when schools and companies may submit rankings (RFC 3339, in the future). Running the round before it closes rankings early.")]
    public required DateTimeOffset PreferencesDeadline { get; init; }

    [Description("After the stable assignment, place more students where the places allow by moving placed students to other offers they are eligible for (default false). Places the most students possible, but may leave blocking pairs: the summary counts them.")]
    public bool? FillRemaining { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        RoundRules.Validate(this, validationContext.GetRequiredService<ReferenceDataSet>(), validationContext.GetRequiredService<TimeProvider>().GetUtcNow())
            .ToResults();
}
