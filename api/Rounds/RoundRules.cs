using Matching.Api.Auth;
using Matching.Api.Reference;
using Matching.Api.Validation;

namespace Matching.Api.Rounds;

/// <summary>The checks on a round that the request's annotations cannot make: known codes, a sane period, a future deadline, the key's scope.</summary>
internal static class RoundRules
{
    public const int MaxPeriodDays = 366;

    public static ValidationErrors Validate(PlacementRoundRequest request, ReferenceDataSet reference, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        errors.AddIf(TextRules.HasControlCharacters(request.Name) || TextRules.IsBlank(request.Name), "name", "The name must be printable text.");
        foreach (var region in request.Regions.Where(r => reference.FindRegion(r) is null).Distinct(StringComparer.Ordinal))
        {
            errors.Add("regions", $"Unknown region '{region}' (GET /v1/regions).");
        }
        foreach (var sector in (request.Sectors ?? []).Where(s => reference.FindSector(s) is null).Distinct(StringComparer.Ordinal))
        {
            errors.Add("sectors", $"Unknown sector '{sector}' (GET /v1/sectors).");
        }
        errors.AddIf(request.StartUntil < request.StartFrom, "startUntil", "startUntil is before startFrom.");
        errors.AddIf(request.StartUntil.DayNumber - request.StartFrom.DayNumber > MaxPeriodDays, "startUntil", $"A round's start period is at most {MaxPeriodDays} days.");
        errors.AddIf(request.PreferencesDeadline <= now, "preferencesDeadline", "The deadline for rankings must be in the future.");
        return errors;
    }

    /// <summary>A coordinator key creates and manages rounds only within the regions it follows (an admin key, and a key that follows every region, anywhere).</summary>
    public static IReadOnlyList<string> RegionsOutside(Caller caller, IEnumerable<string> regions) =>
        caller.IsAdmin || caller.Regions.Count == 0 ? [] : [.. regions.Where(r => !caller.Regions.Contains(r)).Distinct(StringComparer.Ordinal)];

    public static IReadOnlyList<string> SectorsOutside(Caller caller, IEnumerable<string> sectors) =>
        caller.IsAdmin || caller.Sectors.Count == 0 ? [] : [.. sectors.Where(s => !caller.Sectors.Contains(s)).Distinct(StringComparer.Ordinal)];

    public static bool MayManage(Caller caller, PlacementRound round) =>
        caller.Role is Roles.Admin or Roles.Coordinator && RegionsOutside(caller, round.Regions).Count == 0;
}
