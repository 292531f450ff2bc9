using Matching.Api.Indexing;
using Matching.Api.Students;
using Matching.Engine.Geo;
using Matching.Engine.Search;

namespace Matching.Api.Matches;

/// <summary>
/// What makes an open offer eligible for a student, as named rules in the order a diagnosis applies them. A match applies
/// all their filters at once (<see cref="OfferMatchQueries.EligibilityFilters"/>), so the offers that pass every rule are
/// the student's matches. Each rule is also built on its own, for a diagnosis's relaxations to replace it.
/// </summary>
internal static class EligibilityRules
{
    public const string Crebo = "crebo";
    public const string Accreditation = "accreditation";
    public const string LearningPath = "learning_path";
    public const string Level = "level";
    public const string Period = "period";
    public const string FreePlace = "free_place";
    public const string Distance = "distance";

    public static IReadOnlyList<WaterfallRule> For(Student student, GeoPoint home, DateOnly today, MatchOptions options) =>
    [
        CreboRule(student.Crebo),
        AccreditationRule(student.Crebo),
        LearningPathRule(student.LearningPath),
        new(Level, [new RangeFilter(IndexFields.LevelMin, null, student.Level), new RangeFilter(IndexFields.LevelMax, student.Level, null)]),
        PeriodRule(student.AvailableFrom, student.AvailableUntil, today, options),
        new(FreePlace, [new RangeFilter(IndexFields.FreePlaces, 1, null)]),
        DistanceRule(home, student.MaxDistanceKm),
    ];

    /// <summary>The offer accepts the crebo (it names it among its crebos).</summary>
    public static WaterfallRule CreboRule(int crebo) => new(Crebo, [new KeywordFilter(IndexFields.Crebo, [MatchIndexes.Keyword(crebo)])]);

    /// <summary>The company is accredited for the crebo on the offer's learning path, valid at the offer's start.</summary>
    public static WaterfallRule AccreditationRule(int crebo) => new(Accreditation, [new KeywordFilter(IndexFields.AccreditedCrebo, [MatchIndexes.Keyword(crebo)])]);

    public static WaterfallRule LearningPathRule(string learningPath) => new(LearningPath, [new KeywordFilter(IndexFields.LearningPath, [learningPath])]);

    /// <summary>The offer's remaining period overlaps the student's availability (from today at the earliest) by at least the minimum.</summary>
    public static WaterfallRule PeriodRule(DateOnly availableFrom, DateOnly? availableUntil, DateOnly today, MatchOptions options) => new(Period,
    [
        RangeFilter.Dates(IndexFields.Start, null, availableUntil?.AddDays(-options.MinimumOverlapDays)),
        RangeFilter.Dates(IndexFields.End, OfferMatchQueries.Later(availableFrom, today).AddDays(options.MinimumOverlapDays), null),
    ]);

    public static WaterfallRule DistanceRule(GeoPoint home, double maxDistanceKm) => new(Distance, [new GeoDistanceFilter(home, maxDistanceKm)]);
}
