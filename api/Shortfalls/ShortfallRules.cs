using Matching.Api.Reference;
using Matching.Api.Validation;

namespace Matching.Api.Shortfalls;

/// <summary>The shortfall filters name a region and a sector the reference data knows.</summary>
internal static class ShortfallRules
{
    public static ValidationErrors Validate(string? region, string? sector, ReferenceDataSet reference)
    {
        var errors = new ValidationErrors();
        errors.AddIf(region is not null && reference.FindRegion(region) is null, "region", $"Unknown region '{region}'.");
        errors.AddIf(sector is not null && reference.FindSector(sector) is null, "sector", $"Unknown sector '{sector}'.");
        return errors;
    }
}
