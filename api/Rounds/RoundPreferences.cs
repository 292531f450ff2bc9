using Matching.Engine.Allocation;
using Matching.Engine.Search;

namespace Matching.Api.Rounds;

/// <summary>
/// Both sides' orders for a round, as the allocation problem. A pair takes part when each side's engine query finds the
/// other (the same eligibility rules seen from both sides).
/// <list type="bullet">
/// <item>A student's order: the offers its school ranked, in that order, then the others by the student's match score,
/// equal scores by offer id.</item>
/// <item>An offer's order: the candidates its company ranked, in that order, then the others in two bands of the
/// candidate score: a good fit (at least half the score of the offer's best candidate) before a weaker one. A relevance
/// score tells a good fit from a poor one, not which of two good fits a company would rather have, so within a band the
/// candidate with the fewest eligible offers in the round goes first (the one with the fewest alternatives; on the
/// Rijnmond demo this lets a stable round place more students than the one-at-a-time baseline, see BENCHMARKS.md),
/// then by student id.</item>
/// </list>
/// Ids compare in PostgreSQL's uuid order, so a run is deterministic.
/// </summary>
internal sealed class RoundPreferences
{
    private RoundPreferences(AllocationProblem problem, int ignoredEntries)
    {
        Problem = problem;
        IgnoredEntries = ignoredEntries;
    }

    public AllocationProblem Problem { get; }

    /// <summary>Entries of explicit rankings that named an offer or candidate outside the student's or offer's eligible pairs.</summary>
    public int IgnoredEntries { get; }

    /// <param name="students">The students in scope, in registration order (the greedy baseline's order).</param>
    /// <param name="offers">The offers in scope with their free places, in uuid order.</param>
    /// <param name="offersFor">A student's eligible offers by the engine, best first (index of <paramref name="students"/>).</param>
    /// <param name="studentsFor">An offer's eligible students by the engine, best first (index of <paramref name="offers"/>).</param>
    /// <param name="studentRankings">Schools' explicit orders of offer ids, by student id.</param>
    /// <param name="offerRankings">Companies' explicit orders of candidateRefs, by offer id.</param>
    /// <param name="pseudonym">The candidateRef a company knows a student by, per offer.</param>
    public static RoundPreferences Build(
        IReadOnlyList<Guid> students, IReadOnlyList<(Guid Id, int Places)> offers,
        Func<int, IReadOnlyList<SearchHit>> offersFor, Func<int, IReadOnlyList<SearchHit>> studentsFor,
        IReadOnlyDictionary<Guid, Guid[]> studentRankings, IReadOnlyDictionary<Guid, string[]> offerRankings, Func<Guid, Guid, string> pseudonym)
    {
        var studentIndex = Index(students);
        var offerIndex = Index(offers.Select(o => o.Id).ToList());
        var byStudentId = StudentIdRanks(students);

        var offerSide = new List<Scored>[offers.Count];
        for (var o = 0; o < offers.Count; o++)
        {
            offerSide[o] = Known(studentsFor(o), studentIndex);
        }
        var studentSide = new List<Scored>[students.Count];
        for (var s = 0; s < students.Count; s++)
        {
            studentSide[s] = Known(offersFor(s), offerIndex);
        }
        KeepMutual(studentSide, offerSide);

        var ignored = 0;
        var builder = new AllocationProblemBuilder([.. offers.Select(o => o.Places)]);
        for (var s = 0; s < students.Count; s++)
        {
            var explicitOrder = studentRankings.TryGetValue(students[s], out var ranked)
                ? ranked.Select(id => offerIndex.GetValueOrDefault(id, -1)).ToList()
                : [];
            builder.AddStudent(Order(studentSide[s], explicitOrder, ByScoreThenId, ref ignored));
        }
        for (var o = 0; o < offers.Count; o++)
        {
            var explicitOrder = new List<int>();
            if (offerRankings.TryGetValue(offers[o].Id, out var refs))
            {
                var byRef = offerSide[o].ToDictionary(c => pseudonym(offers[o].Id, students[c.Index]), c => c.Index, StringComparer.Ordinal);
                explicitOrder.AddRange(refs.Select(r => byRef.GetValueOrDefault(r, -1)));
            }
            builder.SetOfferRanking(o, Order(offerSide[o], explicitOrder, ByBandThenAlternatives(offerSide[o], studentSide, byStudentId), ref ignored));
        }
        return new RoundPreferences(builder.Build(), ignored);
    }

    // Offers are indexed in uuid order, so the index is the id's tie-break.
    private static readonly Comparison<Scored> ByScoreThenId =
        (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index);

    private static Comparison<Scored> ByBandThenAlternatives(List<Scored> candidates, List<Scored>[] studentSide, int[] byStudentId)
    {
        var goodFit = candidates.Count == 0 ? 0f : candidates.Max(c => c.Score) / 2;
        return (a, b) =>
        {
            var (bandA, bandB) = (a.Score >= goodFit ? 0 : 1, b.Score >= goodFit ? 0 : 1);
            if (bandA != bandB)
            {
                return bandA.CompareTo(bandB);
            }
            var alternatives = studentSide[a.Index].Count.CompareTo(studentSide[b.Index].Count);
            return alternatives != 0 ? alternatives : byStudentId[a.Index].CompareTo(byStudentId[b.Index]);
        };
    }

    // Explicit entries first (those among the eligible, once each), then the rest in the side's order.
    private static int[] Order(List<Scored> eligible, List<int> explicitOrder, Comparison<Scored> rest, ref int ignored)
    {
        var order = new List<int>(eligible.Count);
        var taken = new HashSet<int>();
        var isEligible = eligible.Select(e => e.Index).ToHashSet();
        foreach (var index in explicitOrder)
        {
            if (isEligible.Contains(index) && taken.Add(index))
            {
                order.Add(index);
            }
            else
            {
                ignored++;
            }
        }
        var others = eligible.Where(e => !taken.Contains(e.Index)).ToList();
        others.Sort(rest);
        order.AddRange(others.Select(e => e.Index));
        return [.. order];
    }

    // Drops the pairs only one side found, so both sides list exactly the same pairs.
    private static void KeepMutual(List<Scored>[] studentSide, List<Scored>[] offerSide)
    {
        var offersOf = studentSide.Select(list => list.Select(e => e.Index).ToHashSet()).ToArray();
        for (var o = 0; o < offerSide.Length; o++)
        {
            offerSide[o].RemoveAll(c => !offersOf[c.Index].Contains(o));
        }
        var studentsOf = offerSide.Select(list => list.Select(e => e.Index).ToHashSet()).ToArray();
        for (var s = 0; s < studentSide.Length; s++)
        {
            studentSide[s].RemoveAll(e => !studentsOf[e.Index].Contains(s));
        }
    }

    private static List<Scored> Known(IReadOnlyList<SearchHit> hits, Dictionary<Guid, int> index)
    {
        var known = new List<Scored>(hits.Count);
        foreach (var hit in hits)
        {
            if (index.TryGetValue(hit.Id, out var i))
            {
                known.Add(new Scored(i, hit.Score));
            }
        }
        return known;
    }

    private static Dictionary<Guid, int> Index(IReadOnlyList<Guid> ids)
    {
        var index = new Dictionary<Guid, int>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            index[ids[i]] = i;
        }
        return index;
    }

    private static int[] StudentIdRanks(IReadOnlyList<Guid> students)
    {
        var byId = Enumerable.Range(0, students.Count).ToArray();
        Array.Sort(byId, (a, b) => UuidOrder.Instance.Compare(students[a], students[b]));
        var ranks = new int[students.Count];
        for (var rank = 0; rank < byId.Length; rank++)
        {
            ranks[byId[rank]] = rank;
        }
        return ranks;
    }

    private readonly record struct Scored(int Index, float Score);
}
