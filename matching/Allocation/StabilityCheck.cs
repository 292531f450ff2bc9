namespace Matching.Engine.Allocation;

/// <summary>Checks an outcome against its round: capacities, and blocking pairs in O(pairs).</summary>
public static class StabilityCheck
{
    /// <summary>True when no offer has more students than places.</summary>
    public static bool IsWithinCapacity(AllocationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        for (var offer = 0; offer < result.Problem.OfferCount; offer++)
        {
            if (result.StudentsOf(offer).Length > result.Problem.CapacityOf(offer))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number of blocking pairs; 0 means the outcome is stable.</summary>
    public static int CountBlockingPairs(AllocationResult result) => Scan(result, null, int.MaxValue);

    /// <summary>The blocking pairs, student by student and in each student's preference order, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<BlockingPair> FindBlockingPairs(AllocationResult result, int limit = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var found = new List<BlockingPair>();
        Scan(result, found, limit);
        return found;
    }

    private static int Scan(AllocationResult result, List<BlockingPair>? found, int limit)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problem = result.Problem;

        // An offer accepts a newcomer when it has a free place or ranks the newcomer above its worst student; a
        // full offer's threshold is that student's rank, a free one's is past every rank, and capacity 0 takes no one.
        var threshold = new int[problem.OfferCount];
        for (var offer = 0; offer < threshold.Length; offer++)
        {
            var students = result.StudentsOf(offer);
            threshold[offer] = students.Length < problem.CapacityOf(offer) ? int.MaxValue
                : students.Length == 0 ? -1
                : problem.PairOfferRank[result.PairOf[students[^1]]];
        }

        var count = 0;
        for (var student = 0; student < problem.StudentCount && count < limit; student++)
        {
            // Only the offers the student prefers to its own place can block.
            var end = result.PairOf[student] >= 0 ? result.PairOf[student] : problem.StudentStart[student + 1];
            for (var pair = problem.StudentStart[student]; pair < end && count < limit; pair++)
            {
                if (problem.PairOfferRank[pair] < threshold[problem.PairOffer[pair]])
                {
                    count++;
                    found?.Add(new BlockingPair(student, problem.PairOffer[pair]));
                }
            }
        }

        return count;
    }
}
