using System.Globalization;
using Matching.Api.Matches;
using Matching.Api.Students;

namespace Matching.Api.Diagnosis;

/// <summary>What an offer must do to pass each eligibility rule, said for one student.</summary>
internal static class DiagnosisRuleText
{
    // student: as the rules see it, on the crebo it is matched as.
    public static string Describe(string rule, Student student, MatchQualification qualification, DateOnly today, MatchOptions options) => rule switch
    {
        EligibilityRules.Crebo => $"The offer names crebo {Qualification(student.Crebo, qualification)} among the crebos it accepts.",
        EligibilityRules.Accreditation => $"The company is accredited by SBB for crebo {student.Crebo} on the offer's learning path, on the offer's start date.",
        EligibilityRules.LearningPath => $"The offer is a {student.LearningPath} place.",
        EligibilityRules.Level => $"The offer's level range includes level {student.Level}.",
        EligibilityRules.Period => student.AvailableUntil is { } until
            ? $"The offer's period overlaps {Day(OfferMatchQueries.Later(student.AvailableFrom, today))} to {Day(until)} by at least {options.MinimumOverlapDays} days."
            : $"The offer ends at least {options.MinimumOverlapDays} days after {Day(OfferMatchQueries.Later(student.AvailableFrom, today))}.",
        EligibilityRules.FreePlace => "The offer has a free place (its places minus the accepted or active placements in its period).",
        EligibilityRules.Distance => $"The offer's workplace is within {student.MaxDistanceKm} km of PC4 {student.Pc4}.",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not an eligibility rule."),
    };

    private static string Qualification(int crebo, MatchQualification qualification) =>
        crebo == qualification.MatchedAs && qualification.MatchedAsName.Length > 0 ? $"{crebo} ({qualification.MatchedAsName})" : $"{crebo}";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
