namespace Matching.Engine.Allocation;

/// <summary>
/// The input of a placement round: students 0..S-1, offers 0..O-1 with a number of free places each, every
/// student's preference list over the offers eligible for them and every offer's ranking of those students.
/// Immutable; build it with <see cref="AllocationProblemBuilder"/>.
/// </summary>
/// <remarks>
/// A (student, offer) pair is acceptable exactly when it appears: the student lists the offer and the offer ranks
/// the student. The pairs are stored student by student in preference order (compressed rows), so a national
/// round of about ten million pairs is three flat arrays and no object per pair.
/// </remarks>
public sealed class AllocationProblem
{
    internal AllocationProblem(int[] capacities, int[] studentStart, int[] pairOffer, int[] pairOfferRank, int totalCapacity)
    {
        Capacities = capacities;
        StudentStart = studentStart;
        PairOffer = pairOffer;
        PairOfferRank = pairOfferRank;
        TotalCapacity = totalCapacity;
    }

    /// <summary>The number of students taking part.</summary>
    public int StudentCount => StudentStart.Length - 1;

    /// <summary>The number of offers taking part.</summary>
    public int OfferCount => Capacities.Length;

    /// <summary>The number of acceptable (student, offer) pairs.</summary>
    public int PairCount => PairOffer.Length;

    /// <summary>The sum of all offers' free places.</summary>
    public int TotalCapacity { get; }

    // Free places per offer.
    internal int[] Capacities { get; }

    // Student s's pairs are StudentStart[s] .. StudentStart[s + 1] - 1, most preferred first.
    internal int[] StudentStart { get; }

    internal int[] PairOffer { get; }

    // The position of the pair's student in the offer's ranking: lower is preferred, distinct within an offer.
    internal int[] PairOfferRank { get; }

    /// <summary>The number of free places of <paramref name="offer"/>.</summary>
    public int CapacityOf(int offer) => Capacities[offer];

    /// <summary>The offers <paramref name="student"/> is eligible for, most preferred first.</summary>
    public ReadOnlySpan<int> PreferencesOf(int student) =>
        PairOffer.AsSpan(StudentStart[student], StudentStart[student + 1] - StudentStart[student]);

    /// <summary>
    /// Aligned with <see cref="PreferencesOf"/>: element i is the rank the i-th offer on the student's list gives the
    /// student (0 is the offer's favourite).
    /// </summary>
    public ReadOnlySpan<int> OfferRanksOf(int student) =>
        PairOfferRank.AsSpan(StudentStart[student], StudentStart[student + 1] - StudentStart[student]);
}
