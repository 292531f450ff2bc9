using System.Diagnostics;
using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Api.Students;
using Matching.Engine.Allocation;

namespace Matching.Api.Rounds;

/// <summary>
/// Runs a round on this node's indexes: reads who takes part and the explicit rankings, builds both sides' orders,
/// assigns by student-proposing deferred acceptance (then, if the round asks, fills remaining places), computes the
/// greedy baseline on the same input, and stores the proposal.
/// </summary>
internal sealed class RoundRunner(
    RoundProposalRepository proposals, RoundRankingRepository rankings, StudentRepository students, IndexSource source,
    OfferMatcher offerMatcher, CandidateMatcher candidateMatcher, ILogger<RoundRunner> logger)
{
    /// <summary>The round as proposed, or null when it was confirmed or discarded while it ran.</summary>
    public async Task<PlacementRound?> RunAsync(PlacementRound round, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var scope = await proposals.ScopeAsync(round, cancellationToken);
        var stored = await students.FindManyAsync(scope.Students, cancellationToken);
        var offerRows = new Dictionary<Guid, OfferIndexRow>();
        await foreach (var offer in source.OffersAsync([.. scope.Offers.Select(o => o.Id)], cancellationToken))
        {
            offerRows[offer.Id] = offer;
        }
        var (studentRankings, offerRankings) = await rankings.AllAsync(round.Id, cancellationToken);
        // A student erased or an offer deleted between the two reads takes no part.
        var studentIds = scope.Students.Where(stored.ContainsKey).ToList();
        var offers = scope.Offers.Where(o => offerRows.ContainsKey(o.Id)).ToList();

        var preferences = RoundPreferences.Build(studentIds, offers,
            s => offerMatcher.RankAll(stored[studentIds[s]]),
            o => candidateMatcher.RankAll(offerRows[offers[o].Id]),
            studentRankings, offerRankings, CandidateMatcher.Pseudonym);
        var stable = DeferredAcceptance.Solve(preferences.Problem);
        var result = round.FillRemaining ? MaximumFill.Apply(stable) : stable;
        var greedy = GreedyAllocation.Solve(preferences.Problem);

        var lines = Lines(result, studentIds, offers);
        var summary = Summarize(result, stable, greedy, preferences, studentRankings.Count, offerRankings.Count, Stopwatch.GetElapsedTime(started));
        logger.LogInformation("Round {Round}: {Placed} of {Students} students placed on {Places} places ({Greedy} by the greedy baseline), {Blocking} blocking pairs, {Ms} ms",
            round.Id, summary.Placed, summary.Students, summary.Places, summary.GreedyPlaced, summary.BlockingPairs, summary.DurationMs);
        return await proposals.SaveAsync(round.Id, new RoundProposal(summary, lines, offers), cancellationToken);
    }

    private static List<ProposedLine> Lines(AllocationResult result, List<Guid> studentIds, List<(Guid Id, int Places)> offers)
    {
        var problem = result.Problem;
        var lines = new List<ProposedLine>(studentIds.Count);
        for (var s = 0; s < studentIds.Count; s++)
        {
            var eligible = problem.PreferencesOf(s).Length;
            var offer = result.OfferOf(s);
            if (offer < 0)
            {
                var reason = result.UnplacedReasonOf(s) == UnplacedReason.NoEligibleOffer ? "no_eligible_offer" : "preferred_offers_full";
                lines.Add(new ProposedLine(studentIds[s], null, null, null, reason, eligible));
                continue;
            }
            var choice = result.ChoiceOf(s);
            lines.Add(new ProposedLine(studentIds[s], offers[offer].Id, choice + 1, problem.OfferRanksOf(s)[choice] + 1, null, eligible));
        }
        return lines;
    }

    private static RoundSummary Summarize(
        AllocationResult result, AllocationResult stable, AllocationResult greedy, RoundPreferences preferences, int studentRankings, int offerRankings,
        TimeSpan elapsed)
    {
        var totals = result.Summarize();
        var firstChoice = 0;
        for (var s = 0; s < result.Problem.StudentCount; s++)
        {
            firstChoice += result.ChoiceOf(s) == 0 ? 1 : 0;
        }
        return new RoundSummary(
            totals.Students, result.Problem.OfferCount, totals.Places, result.Problem.PairCount, totals.Placed, totals.Unplaced,
            totals.UnplacedWithoutEligibleOffer, totals.Unplaced - totals.UnplacedWithoutEligibleOffer, totals.PlacesLeft, firstChoice,
            greedy.PlacedCount, totals.BlockingPairs, result.PlacedCount - stable.PlacedCount, studentRankings, offerRankings,
            preferences.IgnoredEntries, (long)elapsed.TotalMilliseconds);
    }
}
