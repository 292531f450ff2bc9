using Matching.Engine.Allocation;

namespace Matching.Engine.Tests.Allocation;

// A round written out as plain lists, the way a test reads it: Students[s] is s's preference list and
// Rankings[o] is o's ranking, best first.
internal sealed record RoundSpec(int[] Capacities, int[][] Students, int[][] Rankings)
{
    public int StudentCount => Students.Length;

    public int OfferCount => Capacities.Length;

    public AllocationProblem Build()
    {
        var builder = new AllocationProblemBuilder(Capacities);
        foreach (var preferences in Students)
        {
            builder.AddStudent(preferences);
        }

        for (var offer = 0; offer < Rankings.Length; offer++)
        {
            builder.SetOfferRanking(offer, Rankings[offer]);
        }

        return builder.Build();
    }

    public int RankOf(int offer, int student) => Array.IndexOf(Rankings[offer], student);

    // Student s becomes studentMap[s]; offer o becomes offerMap[o].
    public RoundSpec Renumbered(int[] studentMap, int[] offerMap)
    {
        var capacities = new int[OfferCount];
        var students = new int[StudentCount][];
        var rankings = new int[OfferCount][];
        for (var offer = 0; offer < OfferCount; offer++)
        {
            capacities[offerMap[offer]] = Capacities[offer];
            rankings[offerMap[offer]] = [.. Rankings[offer].Select(student => studentMap[student])];
        }

        for (var student = 0; student < StudentCount; student++)
        {
            students[studentMap[student]] = [.. Students[student].Select(offer => offerMap[offer])];
        }

        return new RoundSpec(capacities, students, rankings);
    }

    // Each pair is acceptable with the given probability; both sides order their pairs at random.
    public static RoundSpec Generate(Random random, int students, int offers, double density, int maxCapacity, int minCapacity = 0)
    {
        var capacities = Enumerable.Range(0, offers).Select(_ => random.Next(minCapacity, maxCapacity + 1)).ToArray();
        var lists = new List<int>[students];
        var rankings = Enumerable.Range(0, offers).Select(_ => new List<int>()).ToArray();
        for (var student = 0; student < students; student++)
        {
            lists[student] = [];
            for (var offer = 0; offer < offers; offer++)
            {
                if (random.NextDouble() < density)
                {
                    lists[student].Add(offer);
                    rankings[offer].Add(student);
                }
            }
        }

        return new RoundSpec(
            capacities,
            [.. lists.Select(list => Shuffled(random, list))],
            [.. rankings.Select(ranking => Shuffled(random, ranking))]);
    }

    // The offers' rankings turned against the students' lists: an offer likes best the students who put it last,
    // as in Gale and Shapley's Example 1. Such conflicts are what gives a round several stable assignments.
    public RoundSpec WithContraryRankings(Random random) => this with
    {
        Rankings = [.. Rankings.Select((ranking, offer) => ranking
            .OrderByDescending(student => Array.IndexOf(Students[student], offer) + random.NextDouble())
            .ToArray())],
    };

    public static int[] Shuffled(Random random, IEnumerable<int> items)
    {
        var array = items.ToArray();
        random.Shuffle(array);
        return array;
    }
}
