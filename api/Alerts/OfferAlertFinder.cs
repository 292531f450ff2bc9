using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Api.Students;
using Matching.Jobs.Alerts;

namespace Matching.Api.Alerts;

/// <summary>
/// For an offer that opened (or got a free place again): the subscribed schools' seeking students for whom it is
/// eligible and among their ten best matches. The reverse query on the student index (an offer's candidates, of the
/// subscribed schools only) finds who it is eligible for; each of those students' own matches, as the school reads
/// them, then say whether it is in their top ten.
/// </summary>
internal sealed class OfferAlertFinder(CandidateMatcher candidates, OfferMatcher matches, StudentRepository students, MatchIndexes indexes)
{
    public async Task<IReadOnlyList<FoundAlert>> FindAsync(OfferIndexRow offer, IReadOnlyList<AlertFilter> subscriptions, CancellationToken cancellationToken)
    {
        if (subscriptions.Count == 0)
        {
            return [];
        }
        var bySchool = subscriptions.ToDictionary(s => s.SchoolBrin, StringComparer.Ordinal);
        var hits = candidates.RankAll(offer, bySchool.Keys);
        if (hits.Count == 0)
        {
            return [];
        }
        var stored = await students.FindManyAsync([.. hits.Select(hit => hit.Id)], cancellationToken);
        var found = new List<FoundAlert>();
        foreach (var hit in hits)
        {
            // The index may still hold a student erased or placed a moment ago.
            if (!stored.TryGetValue(hit.Id, out var student) || student.Status != "seeking"
                || !bySchool.TryGetValue(student.SchoolBrin, out var subscription) || !subscription.Accepts(student, indexes.RegionOf(student.Pc4)))
            {
                continue;
            }
            // Whether the offer is among them needs no total of the student's matches.
            var best = matches.Best(student, AlertOptions.TopMatches);
            var rank = best.ToList().FindIndex(match => match.Offer.Id == offer.Id);
            if (rank >= 0)
            {
                var match = best[rank];
                found.Add(new FoundAlert(student.Id, offer.Id, subscription.SubscriptionId, rank + 1, match.Score, match.DistanceKm));
            }
        }
        return found;
    }
}
