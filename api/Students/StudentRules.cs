using Matching.Api.Privacy;
using Matching.Api.Reference;
using Matching.Api.Validation;

namespace Matching.Api.Students;

/// <summary>The checks on a student that need the reference data; the shape is checked by its attributes.</summary>
internal static class StudentRules
{
    // The clock's today: birth dates are told from other dates by the age they would give on this day.
    public static ValidationErrors Validate(StudentRequest request, ReferenceDataSet reference, TimeProvider clock)
    {
        var errors = new ValidationErrors();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!reference.TryGetQualification(request.Crebo, out var qualification))
        {
            errors.Add("crebo", $"Unknown crebo {request.Crebo}: no MBO qualification has that code.");
        }
        else
        {
            errors.AddIf(qualification.Level != request.Level, "level",
                $"Qualification {qualification.Crebo} ({qualification.Name}) is level {qualification.Level}, not {request.Level}.");
            errors.AddIf(!qualification.LearningPaths.Contains(request.LearningPath), "learningPath",
                $"Qualification {qualification.Crebo} is offered as {string.Join(" and ", qualification.LearningPaths)}, not {request.LearningPath}.");
        }
        errors.AddIf(!reference.TryGetPostcode(request.Pc4, out _), "pc4", $"PC4 {request.Pc4} does not exist.");
        errors.AddIf(request.AvailableUntil < request.AvailableFrom, "availableUntil", "availableUntil is before availableFrom.");
        foreach (var sector in request.PreferredSectors ?? [])
        {
            errors.AddIf(reference.FindSector(sector) is null, "preferredSectors", $"Unknown sector '{sector}'.");
        }
        foreach (var language in request.Languages ?? [])
        {
            errors.AddIf(!LanguageCodes.IsValid(language), "languages", $"'{language}' is not an ISO 639-1 language code (two lowercase letters).");
        }
        errors.AddIf(TextRules.HasControlCharacters(request.FreeText), "freeText", "freeText contains control characters.");
        // Companies read the free text: it may not carry a way to reach or identify the student.
        foreach (var kind in ContactDetailDetector.Find(request.FreeText, today))
        {
            errors.Add("freeText", ContactDetailDetector.Message(kind));
        }
        return errors;
    }
}
