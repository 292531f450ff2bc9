namespace Matching.Engine.Allocation;

/// <summary>
/// Student-proposing deferred acceptance (Gale and Shapley, 1962) for offers with several places: the
/// hospitals/residents algorithm.
/// </summary>
/// <remarks>
/// The outcome is the student-optimal stable assignment: no blocking pair, no offer over capacity, and every
/// student at least as well off as in any other stable assignment. It is unique, so it does not depend on the
/// order in which students propose; the same students are placed in every stable assignment, and an offer
/// with places left gets the same students in all of them (the rural hospitals theorem).
/// Runs in O(pairs log capacity) time and O(students + offers + places) extra memory.
/// </remarks>
public static class DeferredAcceptance
{
    /// <summary>Computes the student-optimal stable assignment of <paramref name="problem"/>.</summary>
    /// <param name="problem">The round.</param>
    /// <param name="maximumFill">
    /// Also run <see cref="MaximumFill.Apply"/> afterwards: more students placed, but stability is lost.
    /// </param>
    public static AllocationResult Solve(AllocationProblem problem, bool maximumFill = false)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var result = new AllocationResult(problem, Propose(problem));
        return maximumFill ? MaximumFill.Apply(result) : result;
    }

    private static int[] Propose(AllocationProblem problem)
    {
        var studentCount = problem.StudentCount;
        var offerCount = problem.OfferCount;
        var studentStart = problem.StudentStart;
        var pairOffer = problem.PairOffer;
        var pairRank = problem.PairOfferRank;

        // An offer never holds more than its capacity nor more than the students eligible for it, so its heap gets
        // the smaller of the two: the heaps together stay within the number of pairs even for generous capacities.
        var heapStart = new int[offerCount + 1];
        foreach (var offer in pairOffer)
        {
            heapStart[offer + 1]++;
        }

        for (var offer = 0; offer < offerCount; offer++)
        {
            heapStart[offer + 1] = heapStart[offer] + Math.Min(heapStart[offer + 1], problem.Capacities[offer]);
        }

        var heap = new OfferHeaps(heapStart);
        var next = studentStart[..studentCount];

        // Students start in index order, and a rejected student proposes again straight away (McVitie and Wilson,
        // 1971). Any order gives the same matching; a fixed one also makes the sequence of proposals reproducible.
        for (var student = 0; student < studentCount; student++)
        {
            var proposer = student;
            while (proposer >= 0)
            {
                var end = studentStart[proposer + 1];
                var pair = next[proposer];
                var displaced = -1;
                for (; pair < end; pair++)
                {
                    var offer = pairOffer[pair];
                    if (heap.HasRoom(offer))
                    {
                        heap.Push(offer, proposer, pairRank[pair]);
                        break;
                    }

                    if (heap.WouldTake(offer, pairRank[pair]))
                    {
                        displaced = heap.ReplaceWorst(offer, proposer, pairRank[pair]);
                        break;
                    }
                }

                next[proposer] = pair;
                if (displaced >= 0)
                {
                    next[displaced]++;
                }

                proposer = displaced;
            }
        }

        // A student is held by the offer its pointer stops at; one that ran off the end of its list is unplaced.
        for (var student = 0; student < studentCount; student++)
        {
            if (next[student] == studentStart[student + 1])
            {
                next[student] = -1;
            }
        }

        return next;
    }
}
