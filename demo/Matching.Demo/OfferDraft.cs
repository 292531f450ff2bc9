using Matching.Api.Reference;

namespace Matching.Demo;

// The facts of an offer that its texts must agree with.
internal sealed record OfferDraft(
    CompanyPlan Company,
    ResolvedRole Role,
    ResolvedName Name,
    bool Bbl,
    int LevelMin,
    int LevelMax,
    Postcode Postcode,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly Today,
    int Hours,
    int? Allowance,
    IReadOnlyList<string> Languages);
