namespace Matching.Engine.Allocation;

/// <summary>
/// Collects a placement round's preferences and builds a validated <see cref="AllocationProblem"/>.
/// Students get indices 0, 1, 2, ... in the order they are added; offers are 0..O-1 as given by the capacities.
/// </summary>
/// <remarks>
/// Lists are copied into flat growing buffers, so adding a student or a ranking allocates nothing per pair.
/// Errors in a single list are reported at once and leave the builder unchanged; errors that need both sides
/// (a pair that only one side lists, a ranked student that was never added) are reported by <see cref="Build"/>.
/// </remarks>
public sealed class AllocationProblemBuilder
{
    private readonly int[] _capacities;
    private readonly int _totalCapacity;
    private readonly int[] _offerSeenBy;
    private readonly int[] _rankingStart;
    private readonly int[] _rankingLength;
    private int[] _studentStart = new int[16];
    private int[] _studentPairs = new int[64];
    private int[] _rankedStudents = new int[64];
    private int[] _studentSeenBy = new int[16];
    private int _studentCount;
    private int _rankedCount;
    private int _call;

    /// <summary>Starts a round with one offer per element of <paramref name="capacities"/> (free places, at least 0).</summary>
    /// <exception cref="ArgumentException">A capacity is negative, or their sum exceeds <see cref="int.MaxValue"/>.</exception>
    public AllocationProblemBuilder(ReadOnlySpan<int> capacities)
    {
        long total = 0;
        for (var offer = 0; offer < capacities.Length; offer++)
        {
            if (capacities[offer] < 0)
            {
                throw new ArgumentException($"Offer {offer} has a negative capacity ({capacities[offer]}).", nameof(capacities));
            }

            total += capacities[offer];
        }

        if (total > int.MaxValue)
        {
            throw new ArgumentException($"The offers' capacities add up to {total}, more than {int.MaxValue}.", nameof(capacities));
        }

        _capacities = capacities.ToArray();
        _totalCapacity = (int)total;
        _offerSeenBy = new int[capacities.Length];
        _rankingStart = new int[capacities.Length];
        _rankingLength = new int[capacities.Length];
        Array.Fill(_rankingLength, -1);
    }

    /// <summary>The number of students added so far.</summary>
    public int StudentCount => _studentCount;

    /// <summary>The number of offers.</summary>
    public int OfferCount => _capacities.Length;

    /// <summary>
    /// Adds the next student with the offers they are eligible for, most preferred first (possibly none), and
    /// returns the student's index.
    /// </summary>
    /// <exception cref="ArgumentException">An offer is out of range or listed twice.</exception>
    public int AddStudent(ReadOnlySpan<int> offersInPreferenceOrder)
    {
        var student = _studentCount;

        // Duplicates are found by stamping with a number unique to this call, so a call that throws halfway
        // leaves no marks that the next call could mistake for its own.
        var call = ++_call;
        foreach (var offer in offersInPreferenceOrder)
        {
            if ((uint)offer >= (uint)_capacities.Length)
            {
                throw new ArgumentException(
                    $"Student {student} lists offer {offer}, but offers are numbered 0 to {_capacities.Length - 1}.",
                    nameof(offersInPreferenceOrder));
            }

            if (_offerSeenBy[offer] == call)
            {
                throw new ArgumentException($"Student {student} lists offer {offer} twice.", nameof(offersInPreferenceOrder));
            }

            _offerSeenBy[offer] = call;
        }

        var start = _studentStart[student];
        EnsureLength(ref _studentStart, student + 2);
        EnsureLength(ref _studentPairs, start + offersInPreferenceOrder.Length);
        offersInPreferenceOrder.CopyTo(_studentPairs.AsSpan(start));
        _studentStart[student + 1] = start + offersInPreferenceOrder.Length;
        _studentCount++;
        return student;
    }

    /// <summary>
    /// Sets the ranking of <paramref name="offer"/>: the students eligible for it, preferred first. Each offer is
    /// ranked at most once; an offer never ranked ranks nobody.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The offer is out of range or already ranked, or a student index is negative or appears twice.
    /// </exception>
    public void SetOfferRanking(int offer, ReadOnlySpan<int> studentsInRankOrder)
    {
        if ((uint)offer >= (uint)_capacities.Length)
        {
            throw new ArgumentException($"Offer {offer} does not exist: offers are numbered 0 to {_capacities.Length - 1}.", nameof(offer));
        }

        if (_rankingLength[offer] >= 0)
        {
            throw new ArgumentException($"Offer {offer} has already been ranked.", nameof(offer));
        }

        var call = ++_call;
        foreach (var student in studentsInRankOrder)
        {
            if (student < 0)
            {
                throw new ArgumentException($"Offer {offer} ranks student {student}, but students are numbered from 0.", nameof(studentsInRankOrder));
            }

            EnsureLength(ref _studentSeenBy, student + 1);

            if (_studentSeenBy[student] == call)
            {
                throw new ArgumentException($"Offer {offer} ranks student {student} twice.", nameof(studentsInRankOrder));
            }

            _studentSeenBy[student] = call;
        }

        EnsureLength(ref _rankedStudents, _rankedCount + studentsInRankOrder.Length);
        studentsInRankOrder.CopyTo(_rankedStudents.AsSpan(_rankedCount));
        _rankingStart[offer] = _rankedCount;
        _rankingLength[offer] = studentsInRankOrder.Length;
        _rankedCount += studentsInRankOrder.Length;
    }

    /// <summary>Checks that both sides list the same pairs and builds the problem in O(pairs).</summary>
    /// <exception cref="ArgumentException">
    /// An offer ranks a student that was never added, or a pair is listed by the student but not ranked by the
    /// offer, or the other way round.
    /// </exception>
    public AllocationProblem Build()
    {
        var studentCount = _studentCount;
        var offerCount = _capacities.Length;
        var pairCount = _studentStart[studentCount];

        // Regroup the offers' rankings by student (a counting sort), so each student's list can be matched against
        // the (offer, rank) entries naming that student with one scratch array over the offers.
        var byStudentStart = new int[studentCount + 1];
        for (var offer = 0; offer < offerCount; offer++)
        {
            foreach (var student in Ranking(offer))
            {
                if (student >= studentCount)
                {
                    throw new ArgumentException($"Offer {offer} ranks student {student}, but only {studentCount} students were added.");
                }

                byStudentStart[student + 1]++;
            }
        }

        for (var student = 0; student < studentCount; student++)
        {
            byStudentStart[student + 1] += byStudentStart[student];
        }

        var fill = byStudentStart[..studentCount];
        var byStudentOffer = GC.AllocateUninitializedArray<int>(_rankedCount);
        var byStudentRank = GC.AllocateUninitializedArray<int>(_rankedCount);
        for (var offer = 0; offer < offerCount; offer++)
        {
            var ranking = Ranking(offer);
            for (var rank = 0; rank < ranking.Length; rank++)
            {
                var at = fill[ranking[rank]]++;
                byStudentOffer[at] = offer;
                byStudentRank[at] = rank;
            }
        }

        var pairOffer = _studentPairs[..pairCount];
        var pairOfferRank = GC.AllocateUninitializedArray<int>(pairCount);
        var mark = new int[offerCount];
        var rankOf = new int[offerCount];
        Array.Fill(mark, -1);
        for (var student = 0; student < studentCount; student++)
        {
            // mark[offer] is 2 * student while the offer ranks this student, 2 * student + 1 once the student's
            // own list has used that entry.
            for (var at = byStudentStart[student]; at < byStudentStart[student + 1]; at++)
            {
                mark[byStudentOffer[at]] = 2 * student;
                rankOf[byStudentOffer[at]] = byStudentRank[at];
            }

            for (var pair = _studentStart[student]; pair < _studentStart[student + 1]; pair++)
            {
                var offer = pairOffer[pair];
                if (mark[offer] != 2 * student)
                {
                    throw new ArgumentException($"Student {student} lists offer {offer}, but offer {offer} does not rank student {student}.");
                }

                pairOfferRank[pair] = rankOf[offer];
                mark[offer] = 2 * student + 1;
            }

            for (var at = byStudentStart[student]; at < byStudentStart[student + 1]; at++)
            {
                if (mark[byStudentOffer[at]] == 2 * student)
                {
                    throw new ArgumentException(
                        $"Offer {byStudentOffer[at]} ranks student {student}, but student {student} does not list offer {byStudentOffer[at]}.");
                }
            }
        }

        return new AllocationProblem(_capacities.ToArray(), _studentStart[..(studentCount + 1)], pairOffer, pairOfferRank, _totalCapacity);
    }

    private ReadOnlySpan<int> Ranking(int offer) =>
        _rankingLength[offer] < 0 ? [] : _rankedStudents.AsSpan(_rankingStart[offer], _rankingLength[offer]);

    private static void EnsureLength(ref int[] array, int length)
    {
        if (length > array.Length)
        {
            Array.Resize(ref array, (int)Math.Min(Math.Max(length, 2L * array.Length), Array.MaxLength));
        }
    }
}
