using System.Globalization;
using Matching.Api.Matches;
using Matching.Api.Reference;
using Matching.Api.Students;
using Matching.Engine.Geo;
using Matching.Engine.Search;

namespace Matching.Api.Diagnosis;

/// <summary>
/// The changes a diagnosis counts offers for, each as a ladder of steps that replace one or two eligibility rules built
/// as the match builds them: a wider distance, availability that ends later, the other learning path, and the
/// qualification SBB renumbered the student's to.
/// </summary>
internal static class DiagnosisRelaxations
{
    public const string Distance = "distance";
    public const string LaterAvailability = "later_availability";
    public const string LearningPath = "learning_path";
    public const string Successor = "successor";

    /// <summary>The distances tried, in km, beyond the student's own: up to 300, the furthest a student may give.</summary>
    public static readonly int[] DistanceStepsKm = [5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200, 300];

    /// <summary>Availability that ends 1 to 26 weeks (half a year) later, a week at a time.</summary>
    public const int MaxWeeksLater = 26;

    // student: as the rules see it, on the crebo it is matched as.
    public static IReadOnlyList<RelaxationLadder> For(Student student, GeoPoint home, DateOnly today, MatchOptions options, ReferenceDataSet reference,
        QualificationSuccessors successors)
    {
        var ladders = new List<RelaxationLadder>();
        var radii = DistanceStepsKm.Where(km => km > student.MaxDistanceKm).ToList();
        if (radii.Count > 0)
        {
            ladders.Add(new([.. radii.Select(km => new RelaxationStep(
                new WaterfallRelaxation($"within {km} km", [EligibilityRules.DistanceRule(home, km)]),
                count => new MatchRelaxation(Distance, count, count > 0 ? $"{More(count)} within {km} km" : $"No more offers within {km} km", MaxDistanceKm: km)))]));
        }

        if (student.AvailableUntil is { } until)
        {
            ladders.Add(new([.. Enumerable.Range(1, MaxWeeksLater).Select(weeks =>
            {
                var later = until.AddDays(7 * weeks);
                var date = later.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return new RelaxationStep(
                    new WaterfallRelaxation($"until {date}", [EligibilityRules.PeriodRule(student.AvailableFrom, later, today, options)]),
                    count => new MatchRelaxation(LaterAvailability, count,
                        count > 0 ? $"{More(count)} if available until {Weeks(weeks)} later ({date})" : $"No more offers if available until up to {Weeks(weeks)} later ({date})",
                        WeeksLater: weeks, AvailableUntil: later));
            })]));
        }

        var other = student.LearningPath == "BOL" ? "BBL" : "BOL";
        if (reference.TryGetQualification(student.Crebo, out var qualification) && qualification.LearningPaths.Contains(other))
        {
            ladders.Add(new([new RelaxationStep(
                new WaterfallRelaxation($"on {other}", [EligibilityRules.LearningPathRule(other)]),
                count => new MatchRelaxation(LearningPath, count, count > 0 ? $"{Offers(count)} on {other}" : $"No offers on {other}", LearningPath: other))]));
        }

        // The successor of an expired crebo is matched already when the student's path has it; a renumbered current crebo is not.
        if (successors.TryGetNewer(student.Crebo, out var newer) && newer.Level == student.Level && newer.LearningPaths.Contains(student.LearningPath))
        {
            ladders.Add(new([new RelaxationStep(
                new WaterfallRelaxation($"crebo {newer.Crebo}", [EligibilityRules.CreboRule(newer.Crebo), EligibilityRules.AccreditationRule(newer.Crebo)]),
                count => new MatchRelaxation(Successor, count,
                    $"{(count > 0 ? More(count) : "No more offers")} of the successor qualification {newer.Crebo} ({newer.Name})",
                    Crebo: newer.Crebo, QualificationName: newer.Name))]));
        }

        return ladders;
    }

    private static string More(int count) => count == 1 ? "1 more offer" : $"{count} more offers";

    private static string Offers(int count) => count == 1 ? "1 offer" : $"{count} offers";

    private static string Weeks(int weeks) => weeks == 1 ? "1 week" : $"{weeks} weeks";
}
