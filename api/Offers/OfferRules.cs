using Matching.Api.Reference;
using Matching.Api.Validation;

namespace Matching.Api.Offers;

internal static class OfferRules
{
    public static ValidationErrors Validate(OfferRequest request, ReferenceDataSet reference)
    {
        var errors = new ValidationErrors();
        foreach (var crebo in request.Crebos.Where(c => !reference.TryGetQualification(c, out _)))
        {
            errors.Add("crebos", $"Unknown crebo {crebo}: no MBO qualification has that code.");
        }
        errors.AddIf(request.Crebos.Distinct().Count() != request.Crebos.Count, "crebos", "A crebo is listed twice.");
        errors.AddIf(request.LevelMax < request.LevelMin, "levelMax", "levelMax is below levelMin.");
        errors.AddIf(request.EndDate < request.StartDate, "endDate", "endDate is before startDate.");
        errors.AddIf(request.Pc4 is { } pc4 && !reference.TryGetPostcode(pc4, out _), "pc4", $"PC4 {request.Pc4} does not exist.");
        foreach (var language in request.Languages ?? [])
        {
            errors.AddIf(!LanguageCodes.IsValid(language), "languages", $"'{language}' is not an ISO 639-1 language code (two lowercase letters).");
        }
        errors.AddIf(TextRules.IsBlank(request.Title) || TextRules.HasControlCharacters(request.Title), "title", "The title must be printable text.");
        errors.AddIf(TextRules.IsBlank(request.Description) || TextRules.HasControlCharacters(request.Description), "description", "The description must be printable text.");
        errors.AddIf(TextRules.HasControlCharacters(request.Requirements), "requirements", "The requirements contain control characters.");
        return errors;
    }
}
