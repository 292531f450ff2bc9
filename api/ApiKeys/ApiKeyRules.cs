using Matching.Api.Auth;
using Matching.Api.Reference;
using Matching.Api.Validation;

namespace Matching.Api.ApiKeys;

/// <summary>The checks on a key beyond its attributes: the scope its role needs, and only that, in known regions and sectors.</summary>
internal static class ApiKeyRules
{
    public static ValidationErrors Validate(ApiKeyRequest request, ReferenceDataSet reference)
    {
        var errors = new ValidationErrors();
        var role = request.Role;
        errors.AddIf(role == Roles.School && request.Brin is null, "brin", "A school key needs the school's BRIN code.");
        errors.AddIf(role != Roles.School && request.Brin is not null, "brin", "Only a school key has a BRIN code.");
        errors.AddIf(role == Roles.Company && request.Kvk is null, "kvk", "A company key needs the company's KvK number.");
        errors.AddIf(role != Roles.Company && request.Kvk is not null, "kvk", "Only a company key has a KvK number.");
        errors.AddIf(TextRules.HasControlCharacters(request.Name) || TextRules.IsBlank(request.Name), "name", "The name must be printable text.");
        errors.AddIf(TextRules.HasControlCharacters(request.SchoolName) || (request.SchoolName is not null && TextRules.IsBlank(request.SchoolName)),
            "schoolName", "The school name must be printable text.");
        var regions = request.Regions ?? [];
        var sectors = request.Sectors ?? [];
        if (role == Roles.Coordinator)
        {
            errors.AddIf(regions.Count == 0 && sectors.Count == 0, "regions", "A coordinator key follows at least one region or sector.");
        }
        else
        {
            errors.AddIf(regions.Count > 0, "regions", "Only a coordinator key has regions.");
            errors.AddIf(sectors.Count > 0, "sectors", "Only a coordinator key has sectors.");
        }
        foreach (var region in regions.Where(r => reference.FindRegion(r) is null))
        {
            errors.Add("regions", $"Unknown labour-market region '{region}'.");
        }
        foreach (var sector in sectors.Where(s => reference.FindSector(s) is null))
        {
            errors.Add("sectors", $"Unknown sector '{sector}'.");
        }
        return errors;
    }
}
