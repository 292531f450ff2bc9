using Matching.Api.Indexing;
using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;

namespace Matching.Api.Matches;

/// <summary>The offer-to-students query: the same eligibility rules as a student's matches, seen from the offer.</summary>
internal static class CandidateQueries
{
    // No student travels further than the API allows; each student's own maximum narrows it per document.
    private const double MaxTravelKm = 300;

    // schools: only the students of these schools (the alerts' reverse query); null: every school's.
    public static SearchRequest ForOffer(
        IndexSnapshot students, OfferIndexRow offer, GeoPoint workplace, DateOnly today, MatchQuery query, MatchOptions options,
        IReadOnlyCollection<string>? schools = null) => new()
    {
        Clauses =
        [
            .. OfferText(students, offer.Title, MatchWeights.TitleBoost),
            .. OfferText(students, offer.Requirements, MatchWeights.RequirementsBoost),
            .. OfferText(students, offer.Description, MatchWeights.DescriptionAsQueryBoost),
        ],
        MinimumShouldMatch = 0,
        RelevanceBase = MatchWeights.RelevanceBase,
        Filters =
        [
            new KeywordFilter(IndexFields.Crebo, [.. offer.AccreditedCrebos.Select(MatchIndexes.Keyword)]),
            new KeywordFilter(IndexFields.LearningPath, [offer.LearningPath]),
            new RangeFilter(IndexFields.Level, offer.LevelMin, offer.LevelMax),
            // The student's availability overlaps the offer's remaining period by at least the minimum.
            RangeFilter.Dates(IndexFields.AvailableFrom, null, offer.End.AddDays(-options.MinimumOverlapDays)),
            RangeFilter.Dates(IndexFields.AvailableUntil, OfferMatchQueries.Later(offer.Start, today).AddDays(options.MinimumOverlapDays), null),
            new GeoDistanceFilter(workplace, MaxTravelKm, RadiusField: IndexFields.MaxDistanceKm),
            .. (schools is null ? [] : new[] { new KeywordFilter(IndexFields.School, schools) }),
        ],
        Functions =
        [
            new GeoDistanceDecay(workplace, ScaleKm: 10, OffsetKm: 2),
            // Students who can start when the place does (or now, for a place already running) rank first.
            NumericDecay.Dates(IndexFields.AvailableFrom, OfferMatchQueries.Later(offer.Start, today), scaleDays: MatchWeights.StartScaleDays, offsetDays: MatchWeights.StartOffsetDays),
            new PreferenceBoost(IndexFields.PreferredSector, offer.Sector, MatchWeights.PreferredSectorBoost),
        ],
        Origin = workplace,
        Sort = OfferMatchQueries.SortOf(query.Sort == "start" ? null : query.Sort),
        Offset = query.Skip,
        Limit = query.Take,
        Explain = query.Explain ?? false,
    };

    // An offer's text read as a wish on the students' free text: the same words, parts and synonyms as a search.
    // Typos are not corrected: an offer's long text holds many words that no student writes.
    private static IReadOnlyList<TermClause> OfferText(IndexSnapshot students, string text, float boost) =>
        TextQuery.Parse(students, text, [new FieldBoost(IndexFields.FreeText, boost)], correctTypos: false).Clauses;
}
