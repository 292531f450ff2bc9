namespace Matching.Engine.Allocation;

/// <summary>
/// The first-come-first-served baseline (serial dictatorship): students in turn take their most preferred offer
/// that still has a free place. Offers' rankings play no part.
/// </summary>
/// <remarks>
/// Every offer a student is eligible for but did not get was full when the student's turn came, so no unplaced
/// student has a free place left among their offers. The outcome is generally not stable: an offer can end up
/// with a student it ranks below one who wanted it but came later. O(pairs).
/// </remarks>
public static class GreedyAllocation
{
    /// <summary>Lets students choose in index order.</summary>
    public static AllocationResult Solve(AllocationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var placesLeft = problem.Capacities.ToArray();
        var pairOf = new int[problem.StudentCount];
        for (var student = 0; student < pairOf.Length; student++)
        {
            pairOf[student] = Choose(problem, student, placesLeft);
        }

        return new AllocationResult(problem, pairOf);
    }

    /// <summary>Lets students choose in the given order, for example the order in which they signed up.</summary>
    /// <param name="problem">The round.</param>
    /// <param name="order">Every student index exactly once.</param>
    /// <exception cref="ArgumentException"><paramref name="order"/> is not a permutation of the students.</exception>
    public static AllocationResult Solve(AllocationProblem problem, ReadOnlySpan<int> order)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var studentCount = problem.StudentCount;
        if (order.Length != studentCount)
        {
            throw new ArgumentException($"The order names {order.Length} students, but the round has {studentCount}.", nameof(order));
        }

        var placesLeft = problem.Capacities.ToArray();
        var pairOf = new int[studentCount];

        // -2 marks a student whose turn has not come, which also catches a student named twice.
        Array.Fill(pairOf, -2);
        foreach (var student in order)
        {
            if ((uint)student >= (uint)studentCount || pairOf[student] != -2)
            {
                throw new ArgumentException($"The order is not a permutation of the students: student {student} is out of range or named twice.", nameof(order));
            }

            pairOf[student] = Choose(problem, student, placesLeft);
        }

        return new AllocationResult(problem, pairOf);
    }

    private static int Choose(AllocationProblem problem, int student, int[] placesLeft)
    {
        for (var pair = problem.StudentStart[student]; pair < problem.StudentStart[student + 1]; pair++)
        {
            var offer = problem.PairOffer[pair];
            if (placesLeft[offer] > 0)
            {
                placesLeft[offer]--;
                return pair;
            }
        }

        return -1;
    }
}
