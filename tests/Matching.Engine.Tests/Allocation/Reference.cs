using Matching.Engine.Allocation;

namespace Matching.Engine.Tests.Allocation;

// Slow, obviously correct versions of what the engine computes, written from the definitions and sharing no
// code with it. An assignment is an array with an offer (or -1) per student.
internal static class Reference
{
    public static int[] OffersOf(AllocationResult result) =>
        [.. Enumerable.Range(0, result.Problem.StudentCount).Select(result.OfferOf)];

    public static bool IsFeasible(RoundSpec round, int[] assignment) =>
        Enumerable.Range(0, round.OfferCount).All(offer => assignment.Count(o => o == offer) <= round.Capacities[offer])
        && assignment.Select((offer, student) => offer < 0 || round.Students[student].Contains(offer)).All(ok => ok);

    // (s, o) blocks when s prefers o to its place (or has none) and o has room or ranks s above one of its students.
    public static int BlockingPairs(RoundSpec round, int[] assignment)
    {
        var held = new int[round.OfferCount];
        var worst = new int[round.OfferCount];
        for (var student = 0; student < round.StudentCount; student++)
        {
            if (assignment[student] >= 0)
            {
                held[assignment[student]]++;
                worst[assignment[student]] = Math.Max(worst[assignment[student]], round.RankOf(assignment[student], student));
            }
        }

        var count = 0;
        for (var student = 0; student < round.StudentCount; student++)
        {
            var list = round.Students[student];
            var own = assignment[student] < 0 ? list.Length : Array.IndexOf(list, assignment[student]);
            foreach (var offer in list.Take(own))
            {
                if (held[offer] < round.Capacities[offer] || (held[offer] > 0 && round.RankOf(offer, student) < worst[offer]))
                {
                    count++;
                }
            }
        }

        return count;
    }

    // Every feasible assignment, by trying each student at each offer on its list and nowhere.
    public static List<int[]> AllAssignments(RoundSpec round)
    {
        var all = new List<int[]>();
        var assignment = new int[round.StudentCount];
        var used = new int[round.OfferCount];
        Extend(0);
        return all;

        void Extend(int student)
        {
            if (student == round.StudentCount)
            {
                all.Add((int[])assignment.Clone());
                return;
            }

            assignment[student] = -1;
            Extend(student + 1);
            foreach (var offer in round.Students[student])
            {
                if (used[offer] < round.Capacities[offer])
                {
                    used[offer]++;
                    assignment[student] = offer;
                    Extend(student + 1);
                    used[offer]--;
                }
            }
        }
    }

    public static List<int[]> StableAssignments(RoundSpec round) =>
        [.. AllAssignments(round).Where(assignment => BlockingPairs(round, assignment) == 0)];

    // 0 for a first choice, and unplaced is worse than any choice.
    public static int Choice(RoundSpec round, int[] assignment, int student) =>
        assignment[student] < 0 ? int.MaxValue : Array.IndexOf(round.Students[student], assignment[student]);

    // The most students any feasible assignment can place, by Kuhn's augmenting paths with offers split into
    // their places: a different method from the engine's phases.
    public static int MaximumPlaced(RoundSpec round)
    {
        var places = round.Capacities.SelectMany((capacity, offer) => Enumerable.Repeat(offer, capacity)).ToArray();
        var holder = Enumerable.Repeat(-1, places.Length).ToArray();
        var placed = 0;
        for (var student = 0; student < round.StudentCount; student++)
        {
            if (TryPlace(student, new bool[places.Length]))
            {
                placed++;
            }
        }

        return placed;

        bool TryPlace(int student, bool[] seen)
        {
            for (var place = 0; place < places.Length; place++)
            {
                if (!seen[place] && round.Students[student].Contains(places[place]))
                {
                    seen[place] = true;
                    if (holder[place] < 0 || TryPlace(holder[place], seen))
                    {
                        holder[place] = student;
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
