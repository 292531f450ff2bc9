using Matching.Api.Indexing;
using Matching.Api.Reference;
using Matching.Api.Students;

namespace Matching.Api.Matches;

/// <summary>Ranks the open offers for a student on this node's offer index; the page shows the index's offer summaries, with no database read.</summary>
internal sealed class OfferMatcher(MatchIndexes indexes, ReferenceDataSet reference, TimeProvider clock)
{
    public MatchPage<MatchResult> Match(Student student, MatchQuery query)
    {
        var qualification = reference.TryGetQualification(student.Crebo, out var found) ? found.Name : "";
        var results = indexes.Offers.Search(OfferMatchQueries.ForStudent(student, qualification, indexes.LocationOf(student.Pc4),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), query));
        var items = indexes.WithOfferSummaries(results.Hits)
            .Select(found => new MatchResult(found.Offer, Math.Round(found.Hit.DistanceKm ?? 0, 1), found.Hit.Score, found.Hit.Explanation))
            .ToList();
        return new MatchPage<MatchResult>(items, results.TotalHits, query.Take, query.Skip);
    }
}
