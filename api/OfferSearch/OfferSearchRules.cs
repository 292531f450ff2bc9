using Matching.Api.Reference;
using Matching.Api.Validation;

namespace Matching.Api.OfferSearch;

/// <summary>The checks on a search beyond its attributes: known codes, and the filters that need another to mean something.</summary>
internal static class OfferSearchRules
{
    public static ValidationErrors Validate(OfferSearchRequest request, ReferenceDataSet reference)
    {
        var errors = new ValidationErrors();
        errors.AddIf(request.Crebo is { } crebo && !reference.TryGetQualification(crebo, out _), "crebo", $"Unknown crebo {request.Crebo}.");
        errors.AddIf(request.Sector is { } sector && reference.FindSector(sector) is null, "sector", $"Unknown sector '{request.Sector}'.");
        errors.AddIf(request.Region is { } region && reference.FindRegion(region) is null, "region", $"Unknown region '{request.Region}'.");
        errors.AddIf(request.NearPc4 is { } pc4 && !reference.TryGetPostcode(pc4, out _), "nearPc4", $"PC4 {request.NearPc4} does not exist.");
        errors.AddIf(request.RadiusKm is not null && request.NearPc4 is null, "radiusKm", "A radius needs nearPc4.");
        errors.AddIf(request.Sort == "distance" && request.NearPc4 is null, "sort", "Sorting by distance needs nearPc4.");
        errors.AddIf(request.StartTo < request.StartFrom, "startTo", "startTo is before startFrom.");
        errors.AddIf(TextRules.HasControlCharacters(request.Text), "text", "The text contains control characters.");
        return errors;
    }
}
