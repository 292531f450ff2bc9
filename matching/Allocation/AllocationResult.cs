namespace Matching.Engine.Allocation;

/// <summary>The outcome of a round: at most one offer per student, and per offer the students placed there.</summary>
public sealed class AllocationResult
{
    private readonly int[] _offerStart;
    private readonly int[] _placedStudents;

    // pairOf[s] is the index of the student's pair in the problem (which fixes offer and ranks), or -1.
    internal AllocationResult(AllocationProblem problem, int[] pairOf)
    {
        Problem = problem;
        PairOf = pairOf;

        var offerCount = problem.OfferCount;
        _offerStart = new int[offerCount + 1];
        foreach (var pair in pairOf)
        {
            if (pair >= 0)
            {
                _offerStart[problem.PairOffer[pair] + 1]++;
            }
        }

        for (var offer = 0; offer < offerCount; offer++)
        {
            _offerStart[offer + 1] += _offerStart[offer];
        }

        PlacedCount = _offerStart[offerCount];
        _placedStudents = new int[PlacedCount];
        var ranks = new int[PlacedCount];
        var fill = _offerStart[..offerCount];
        for (var student = 0; student < pairOf.Length; student++)
        {
            if (pairOf[student] >= 0)
            {
                var at = fill[problem.PairOffer[pairOf[student]]]++;
                _placedStudents[at] = student;
                ranks[at] = problem.PairOfferRank[pairOf[student]];
            }
        }

        // Each offer's students in the offer's own order, so the result reads the same whichever pass made it.
        for (var offer = 0; offer < offerCount; offer++)
        {
            var length = _offerStart[offer + 1] - _offerStart[offer];
            if (length > 1)
            {
                ranks.AsSpan(_offerStart[offer], length).Sort(_placedStudents.AsSpan(_offerStart[offer], length));
            }
        }
    }

    /// <summary>The round this is the outcome of.</summary>
    public AllocationProblem Problem { get; }

    /// <summary>The number of students with a place.</summary>
    public int PlacedCount { get; }

    internal int[] PairOf { get; }

    /// <summary>The offer <paramref name="student"/> is placed at, or -1.</summary>
    public int OfferOf(int student) => PairOf[student] < 0 ? -1 : Problem.PairOffer[PairOf[student]];

    /// <summary>
    /// Which of their choices <paramref name="student"/> got: 0 for their first choice, 1 for the second, and so on;
    /// -1 when unplaced.
    /// </summary>
    public int ChoiceOf(int student) => PairOf[student] < 0 ? -1 : PairOf[student] - Problem.StudentStart[student];

    /// <summary>The students placed at <paramref name="offer"/>, in the offer's ranking order (best first).</summary>
    public ReadOnlySpan<int> StudentsOf(int offer) =>
        _placedStudents.AsSpan(_offerStart[offer], _offerStart[offer + 1] - _offerStart[offer]);

    /// <summary>Why <paramref name="student"/> is unplaced, or <see cref="UnplacedReason.None"/> when placed.</summary>
    /// <remarks>
    /// Every pass in this namespace leaves no free place at any offer an unplaced student is eligible for, so an
    /// unplaced student with a non-empty list always has all its offers full.
    /// </remarks>
    public UnplacedReason UnplacedReasonOf(int student) =>
        PairOf[student] >= 0 ? UnplacedReason.None
        : Problem.StudentStart[student] == Problem.StudentStart[student + 1] ? UnplacedReason.NoEligibleOffer
        : UnplacedReason.PreferredOffersFull;

    /// <summary>Counts placed and unplaced students, places left and blocking pairs, in O(pairs).</summary>
    public AllocationSummary Summarize()
    {
        var studentCount = Problem.StudentCount;
        var withoutOffer = 0;
        for (var student = 0; student < studentCount; student++)
        {
            if (Problem.StudentStart[student] == Problem.StudentStart[student + 1])
            {
                withoutOffer++;
            }
        }

        return new AllocationSummary(
            studentCount,
            PlacedCount,
            studentCount - PlacedCount,
            withoutOffer,
            Problem.TotalCapacity,
            Problem.TotalCapacity - PlacedCount,
            StabilityCheck.CountBlockingPairs(this));
    }
}
