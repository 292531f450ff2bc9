using Matching.Api.Reference;
using Matching.Api.Validation;

namespace Matching.Api.Companies;

internal static class CompanyRules
{
    public static ValidationErrors Validate(CompanyRequest request, ReferenceDataSet reference)
    {
        var errors = new ValidationErrors();
        errors.AddIf(reference.FindSector(request.SectorCode) is null, "sectorCode", $"Unknown sector '{request.SectorCode}'.");
        errors.AddIf(!reference.TryGetPostcode(request.Pc4, out _), "pc4", $"PC4 {request.Pc4} does not exist.");
        errors.AddIf(TextRules.HasControlCharacters(request.Name) || TextRules.IsBlank(request.Name), "name", "The name must be printable text.");
        // [EmailAddress] only looks for an @: a NUL or other control character would reach PostgreSQL, which refuses it.
        errors.AddIf(TextRules.HasControlCharacters(request.ContactEmail), "contactEmail", "The e-mail address contains control characters.");
        return errors;
    }

    public static ValidationErrors Validate(AccreditationRequest request, ReferenceDataSet reference)
    {
        var errors = new ValidationErrors();
        if (!reference.TryGetQualification(request.Crebo, out var qualification))
        {
            errors.Add("crebo", $"Unknown crebo {request.Crebo}: no MBO qualification has that code.");
        }
        else
        {
            errors.AddIf(!qualification.LearningPaths.Contains(request.LearningPath), "learningPath",
                $"Qualification {qualification.Crebo} is offered as {string.Join(" and ", qualification.LearningPaths)}, not {request.LearningPath}.");
        }
        errors.AddIf(request.ValidUntil < request.ValidFrom, "validUntil", "validUntil is before validFrom.");
        return errors;
    }
}
