using Matching.Api.Indexing;
using Matching.Api.Students;
using Matching.Engine.Geo;
using Matching.Engine.Search;

namespace Matching.Api.Matches;

/// <summary>
/// Turns a student into a query on the offer index. Eligibility is all filters (open is implied by
/// the index holding open offers only); the text, the distance, the start date and the preferred
/// sectors only rank.
/// </summary>
internal static class OfferMatchQueries
{
    public static SearchRequest ForStudent(Student student, string qualificationName, GeoPoint home, DateOnly today, MatchQuery query) => new()
    {
        Clauses = TextClauses($"{qualificationName} {student.FreeText}"),
        // Every eligible offer is a match; the text only ranks, it does not have to match. Relevance is
        // 1 + BM25, so an offer whose text matches nothing still ranks by distance and start date.
        MinimumShouldMatch = 0,
        RelevanceBase = MatchWeights.RelevanceBase,
        Filters = EligibilityFilters(student, home),
        Functions =
        [
            // Full weight within 2 km, half at 2 km plus half the student's range.
            new GeoDistanceDecay(home, ScaleKm: Math.Max(1, student.MaxDistanceKm / 2.0), OffsetKm: 2),
            // Full weight within a week of the day the student can start (not before today), half a month later.
            NumericDecay.Dates(IndexFields.Start, student.AvailableFrom > today ? student.AvailableFrom : today, scaleDays: MatchWeights.StartScaleDays, offsetDays: MatchWeights.StartOffsetDays),
            .. student.PreferredSectors.Select(sector => new PreferenceBoost(IndexFields.Sector, sector, MatchWeights.PreferredSectorBoost)),
        ],
        Origin = home,
        Sort = SortOf(query.Sort),
        Offset = query.Skip,
        Limit = query.Take,
        Explain = query.Explain ?? false,
    };

    public static IReadOnlyList<SearchFilter> EligibilityFilters(Student student, GeoPoint home) =>
    [
        // The company must be accredited for the student's crebo on this path at the offer's start.
        new KeywordFilter(IndexFields.AccreditedCrebo, [MatchIndexes.Keyword(student.Crebo)]),
        new KeywordFilter(IndexFields.LearningPath, [student.LearningPath]),
        new RangeFilter(IndexFields.LevelMin, null, student.Level),
        new RangeFilter(IndexFields.LevelMax, student.Level, null),
        new RangeFilter(IndexFields.FreePlaces, 1, null),
        // The offer's period overlaps the student's availability.
        RangeFilter.Dates(IndexFields.Start, null, student.AvailableUntil),
        RangeFilter.Dates(IndexFields.End, student.AvailableFrom, null),
        new GeoDistanceFilter(home, student.MaxDistanceKm),
    ];

    public static IReadOnlyList<TermClause> TextClauses(string text) =>
    [
        new(IndexFields.Title, text, MatchWeights.TitleBoost),
        new(IndexFields.Requirements, text, MatchWeights.RequirementsBoost),
        new(IndexFields.Description, text, MatchWeights.OfferDescriptionBoost),
    ];

    public static SearchSort SortOf(string? sort) => sort switch
    {
        "distance" => SearchSort.ByDistance,
        "start" => SearchSort.ByNumber(IndexFields.Start),
        _ => SearchSort.ByScore,
    };
}
