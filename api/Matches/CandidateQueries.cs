using Matching.Api.Indexing;
using Matching.Engine.Geo;
using Matching.Engine.Search;

namespace Matching.Api.Matches;

/// <summary>The offer-to-students query: the same eligibility rules as a student's matches, seen from the offer.</summary>
internal static class CandidateQueries
{
    // No student travels further than the API allows; each student's own maximum narrows it per document.
    private const double MaxTravelKm = 300;

    public static SearchRequest ForOffer(OfferIndexRow offer, GeoPoint workplace, DateOnly today, MatchQuery query) => new()
    {
        Clauses =
        [
            new TermClause(IndexFields.FreeText, offer.Title, MatchWeights.TitleBoost),
            new TermClause(IndexFields.FreeText, offer.Requirements, MatchWeights.RequirementsBoost),
            new TermClause(IndexFields.FreeText, offer.Description, MatchWeights.DescriptionAsQueryBoost),
        ],
        MinimumShouldMatch = 0,
        RelevanceBase = MatchWeights.RelevanceBase,
        Filters =
        [
            new KeywordFilter(IndexFields.Crebo, [.. offer.AccreditedCrebos.Select(MatchIndexes.Keyword)]),
            new KeywordFilter(IndexFields.LearningPath, [offer.LearningPath]),
            new RangeFilter(IndexFields.Level, offer.LevelMin, offer.LevelMax),
            RangeFilter.Dates(IndexFields.AvailableFrom, null, offer.End),
            RangeFilter.Dates(IndexFields.AvailableUntil, offer.Start, null),
            new GeoDistanceFilter(workplace, MaxTravelKm, RadiusField: IndexFields.MaxDistanceKm),
        ],
        Functions =
        [
            new GeoDistanceDecay(workplace, ScaleKm: 10, OffsetKm: 2),
            // Students who can start when the place does (or now, for a place already running) rank first.
            NumericDecay.Dates(IndexFields.AvailableFrom, offer.Start > today ? offer.Start : today, scaleDays: MatchWeights.StartScaleDays, offsetDays: MatchWeights.StartOffsetDays),
            new PreferenceBoost(IndexFields.PreferredSector, offer.Sector, MatchWeights.PreferredSectorBoost),
        ],
        Origin = workplace,
        Sort = OfferMatchQueries.SortOf(query.Sort == "start" ? null : query.Sort),
        Offset = query.Skip,
        Limit = query.Take,
        Explain = query.Explain ?? false,
    };
}
