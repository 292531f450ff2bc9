using Matching.Api.Indexing;
using Matching.Api.Students;
using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;

namespace Matching.Api.Matches;

/// <summary>
/// Turns a student into a query on the offer index. Eligibility is all filters (open is implied by
/// the index holding open offers only); the text, the distance, the start date and the preferred
/// sectors only rank.
/// </summary>
internal static class OfferMatchQueries
{
    /// <summary>The offer's text fields with their boosts: a word in the title says more about the work than one deep in the description.</summary>
    public static readonly FieldBoost[] OfferText =
    [
        new(IndexFields.Title, MatchWeights.TitleBoost),
        new(IndexFields.Requirements, MatchWeights.RequirementsBoost),
        new(IndexFields.Description, MatchWeights.OfferDescriptionBoost),
    ];

    public static SearchRequest ForStudent(
        IndexSnapshot offers, Student student, string qualificationName, GeoPoint home, DateOnly today, MatchQuery query, MatchOptions options,
        int totalHitsThreshold = int.MaxValue)
    {
        var wish = TextQuery.Parse(offers, student.FreeText, OfferText, correctTypos: false);
        var qualification = QualificationClauses(offers, qualificationName);
        return new SearchRequest
        {
            Clauses = WishThenQualification(wish.Clauses, qualification),
            // Every eligible offer is a match; the text only ranks, it does not have to match. Relevance is
            // 1 + BM25, so an offer whose text matches nothing still ranks by distance and start date.
            MinimumShouldMatch = 0,
            RelevanceBase = MatchWeights.RelevanceBase,
            Filters = EligibilityFilters(student, home, today, options),
            Functions =
            [
                // Full weight within 2 km, half at 2 km plus the student's range.
                new GeoDistanceDecay(home, ScaleKm: Math.Max(1, student.MaxDistanceKm), OffsetKm: 2),
                // Full weight within a week of the day the student can start (not before today), half three months later:
                // an offer that starts a little later should not lose to a clear wish.
                NumericDecay.Dates(IndexFields.Start, Later(student.AvailableFrom, today), scaleDays: MatchWeights.StartScaleDays, offsetDays: MatchWeights.StartOffsetDays),
                .. student.PreferredSectors.Select(sector => new PreferenceBoost(IndexFields.Sector, sector, MatchWeights.PreferredSectorBoost)),
                // What the student rules out ("geen nachtdiensten") moves the offers that mention it down.
                .. wish.Penalties(OfferText, MatchWeights.RuledOutFactor),
            ],
            Origin = home,
            Sort = SortOf(query.Sort),
            Offset = query.Skip,
            Limit = query.Take,
            Explain = query.Explain ?? false,
            TotalHitsThreshold = totalHitsThreshold,
        };
    }

    // Every filter of every eligibility rule. The crebo rule adds nothing to the accreditation rule (an accredited crebo is
    // one the offer names) but a check per offer; it stays, so that a match and a diagnosis apply one list of rules.
    public static IReadOnlyList<SearchFilter> EligibilityFilters(Student student, GeoPoint home, DateOnly today, MatchOptions options) =>
        [.. EligibilityRules.For(student, home, today, options).SelectMany(rule => rule.Filters)];

    // The student's own words decide among the eligible offers; the qualification's name (every eligible offer is for
    // that qualification already) only breaks ties between offers the free text does not tell apart.
    private static IReadOnlyList<TermClause> QualificationClauses(IndexSnapshot offers, string qualificationName) =>
        TextQuery.Parse(offers, qualificationName,
            [.. OfferText.Select(field => field with { Boost = field.Boost * MatchWeights.QualificationNameWeight })], correctTypos: false).Clauses;

    // Students often write their qualification's name in their wish too ("stage als mbo-verpleegkundige"); every eligible
    // offer is for it, so those words weigh no more than the name itself and the rest of the wish decides.
    private static TermClause[] WishThenQualification(IReadOnlyList<TermClause> wish, IReadOnlyList<TermClause> qualification)
    {
        var named = new HashSet<string>(qualification.Count, StringComparer.Ordinal);
        for (var i = 0; i < qualification.Count; i++)
        {
            named.Add(qualification[i].Text);
        }

        var clauses = new TermClause[wish.Count + qualification.Count];
        for (var i = 0; i < wish.Count; i++)
        {
            var clause = wish[i];
            clauses[i] = named.Contains(clause.Text) ? clause with { Boost = clause.Boost * MatchWeights.QualificationNameWeight } : clause;
        }

        for (var i = 0; i < qualification.Count; i++)
        {
            clauses[wish.Count + i] = qualification[i];
        }

        return clauses;
    }

    public static DateOnly Later(DateOnly date, DateOnly today) => date > today ? date : today;

    public static SearchSort SortOf(string? sort) => sort switch
    {
        "distance" => SearchSort.ByDistance,
        "start" => SearchSort.ByNumber(IndexFields.Start),
        _ => SearchSort.ByScore,
    };
}
