using Matching.Api.Indexing;
using Matching.Api.Offers;
using Matching.Api.Reference;
using Matching.Api.Students;

namespace Matching.Api.Matches;

/// <summary>Ranks the open offers for a student on this node's offer index, and reads the page's offers from the database.</summary>
internal sealed class OfferMatcher(MatchIndexes indexes, OfferRepository offers, ReferenceDataSet reference, TimeProvider clock)
{
    public async Task<MatchPage<MatchResult>> MatchAsync(Student student, MatchQuery query, CancellationToken cancellationToken)
    {
        var qualification = reference.TryGetQualification(student.Crebo, out var found) ? found.Name : "";
        var results = indexes.Offers.Search(OfferMatchQueries.ForStudent(student, qualification, indexes.LocationOf(student.Pc4),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), query));
        var stored = await offers.FindManyAsync([.. results.Hits.Select(h => h.Id)], cancellationToken);
        // An offer deleted since the index saw it is left out of this page rather than shown stale.
        var items = results.Hits
            .Where(hit => stored.ContainsKey(hit.Id))
            .Select(hit => new MatchResult(Summarize(stored[hit.Id]), Math.Round(hit.DistanceKm ?? 0, 1), hit.Score, hit.Explanation))
            .ToList();
        return new MatchPage<MatchResult>(items, results.TotalHits, query.Take, query.Skip);
    }

    public static OfferSummary Summarize(Offer offer) => new(
        offer.Id, offer.Title, offer.CompanyId, offer.CompanyName, offer.LearningPath, offer.Crebos, offer.LevelMin, offer.LevelMax,
        offer.Pc4, offer.StartDate, offer.EndDate, offer.FreePlaces, offer.HoursPerWeek, offer.MonthlyAllowanceEuros);
}
