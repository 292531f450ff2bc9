using Matching.Engine.Allocation;

namespace Matching.Engine.Tests.Allocation;

public sealed class DeferredAcceptanceTests
{
    [Fact]
    public void Random_rounds_end_stable_within_capacity_and_only_in_acceptable_pairs()
    {
        var random = new Random(20240601);

        for (var instance = 0; instance < 500; instance++)
        {
            var round = RoundSpec.Generate(random, random.Next(0, 40), random.Next(0, 15), random.NextDouble(), random.Next(0, 4));

            var result = DeferredAcceptance.Solve(round.Build());

            var assignment = Reference.OffersOf(result);
            Assert.True(Reference.IsFeasible(round, assignment));
            Assert.Equal(0, Reference.BlockingPairs(round, assignment));
            Assert.True(StabilityCheck.IsWithinCapacity(result));
            Assert.Equal(0, StabilityCheck.CountBlockingPairs(result));
            AssertOffersListTheirStudentsInRankOrder(round, result);
            AssertUnplacedReasons(round, result);
        }
    }

    [Fact]
    public void Every_student_does_at_least_as_well_as_in_any_stable_assignment()
    {
        var random = new Random(1962);
        var roundsWithAChoice = 0;

        for (var instance = 0; instance < 400; instance++)
        {
            var round = SmallRound(random);
            var stable = Reference.StableAssignments(round);

            var assignment = Reference.OffersOf(DeferredAcceptance.Solve(round.Build()));

            roundsWithAChoice += stable.Count > 1 ? 1 : 0;
            Assert.Contains(stable, other => other.SequenceEqual(assignment));
            foreach (var other in stable)
            {
                for (var student = 0; student < round.StudentCount; student++)
                {
                    Assert.True(Reference.Choice(round, assignment, student) <= Reference.Choice(round, other, student));
                }
            }
        }

        // Optimality only means something where there was a choice; make sure the sample has enough of those.
        Assert.True(roundsWithAChoice >= 40, $"only {roundsWithAChoice} rounds had more than one stable assignment");
    }

    [Fact]
    public void The_same_students_are_placed_and_offers_fill_equally_in_every_stable_assignment()
    {
        var random = new Random(1984);

        for (var instance = 0; instance < 400; instance++)
        {
            var round = SmallRound(random);
            var stable = Reference.StableAssignments(round);

            var assignment = Reference.OffersOf(DeferredAcceptance.Solve(round.Build()));

            // The rural hospitals theorem: the placed set and each offer's count are the same in all of them, and an
            // offer with places left has the very same students.
            foreach (var other in stable)
            {
                Assert.Equal(assignment.Select(offer => offer >= 0), other.Select(offer => offer >= 0));
                for (var offer = 0; offer < round.OfferCount; offer++)
                {
                    var mine = Enumerable.Range(0, round.StudentCount).Where(s => assignment[s] == offer).ToArray();
                    var theirs = Enumerable.Range(0, round.StudentCount).Where(s => other[s] == offer).ToArray();
                    Assert.Equal(mine.Length, theirs.Length);
                    if (mine.Length < round.Capacities[offer])
                    {
                        Assert.Equal(mine, theirs);
                    }
                }
            }
        }
    }

    [Fact]
    public void Gale_and_Shapley_example_1_gives_every_man_his_first_choice()
    {
        // D. Gale and L. S. Shapley, "College Admissions and the Stability of Marriage", American Mathematical
        // Monthly 69(1), 1962, pp. 9-15, Example 1. Its ranking matrix (man's rank of the woman, woman's rank of
        // the man) for men alpha, beta, gamma and women A, B, C:
        //            A       B       C
        //   alpha  (1,3)   (2,2)   (3,1)
        //   beta   (3,1)   (1,3)   (2,2)
        //   gamma  (2,2)   (3,1)   (1,3)
        // The paper counts six possible sets of marriages, three of them stable; the men-optimal one gives every
        // man his first choice: alpha-A, beta-B, gamma-C. Men are students 0-2, women offers 0-2 with one place.
        const int alpha = 0, beta = 1, gamma = 2, a = 0, b = 1, c = 2;
        var round = new RoundSpec(
            [1, 1, 1],
            [[a, b, c], [b, c, a], [c, a, b]],
            [[beta, gamma, alpha], [gamma, alpha, beta], [alpha, beta, gamma]]);

        var result = DeferredAcceptance.Solve(round.Build());

        Assert.Equal([a, b, c], Reference.OffersOf(result));
        Assert.Equal(
            ["A B C", "B C A", "C A B"],
            Reference.StableAssignments(round).Select(wives => string.Join(' ', wives.Select(wife => "ABC"[wife]))).Order());
    }

    [Fact]
    public void The_hospital_resident_example_of_the_matching_library_gives_its_stated_assignment()
    {
        // The hospital-resident example in the README of the Python library "matching" (Wilde, Knight and Gillard;
        // github.com/daffidwilde/matching, matching.readthedocs.io): residents Ada, Sam, Dani, Jo, Luc and hospitals
        // Mercy, City, General with two places each. Stated resident-optimal result:
        // {Mercy: [Luc, Sam], City: [Dani, Ada], General: [Jo]}.
        const int ada = 0, sam = 1, dani = 2, jo = 3, luc = 4, mercy = 0, city = 1, general = 2;
        var round = new RoundSpec(
            [2, 2, 2],
            [[city], [city, mercy], [city, mercy, general], [city, general, mercy], [mercy, city, general]],
            [[dani, luc, sam, jo], [dani, ada, sam, luc, jo], [dani, jo, luc]]);

        var result = DeferredAcceptance.Solve(round.Build());

        Assert.Equal([luc, sam], result.StudentsOf(mercy).ToArray());
        Assert.Equal([dani, ada], result.StudentsOf(city).ToArray());
        Assert.Equal([jo], result.StudentsOf(general).ToArray());
        Assert.Equal([0, 1, 0, 1, 0], Enumerable.Range(0, 5).Select(result.ChoiceOf));
    }

    [Fact]
    public void Solving_the_same_round_twice_gives_identical_results()
    {
        var round = RoundSpec.Generate(new Random(5), 300, 40, 0.15, 3);

        var first = DeferredAcceptance.Solve(round.Build());
        var second = DeferredAcceptance.Solve(round.Build());

        Assert.Equal(Reference.OffersOf(first), Reference.OffersOf(second));
        for (var offer = 0; offer < round.OfferCount; offer++)
        {
            Assert.Equal(first.StudentsOf(offer).ToArray(), second.StudentsOf(offer).ToArray());
        }
    }

    [Fact]
    public void Renumbering_students_and_offers_gives_the_same_assignment()
    {
        var random = new Random(11);

        for (var instance = 0; instance < 50; instance++)
        {
            var round = RoundSpec.Generate(random, random.Next(1, 60), random.Next(1, 12), random.NextDouble(), 3);
            var studentMap = RoundSpec.Shuffled(random, Enumerable.Range(0, round.StudentCount));
            var offerMap = RoundSpec.Shuffled(random, Enumerable.Range(0, round.OfferCount));

            var original = DeferredAcceptance.Solve(round.Build());
            var renumbered = DeferredAcceptance.Solve(round.Renumbered(studentMap, offerMap).Build());

            for (var student = 0; student < round.StudentCount; student++)
            {
                var offer = original.OfferOf(student);
                Assert.Equal(offer < 0 ? -1 : offerMap[offer], renumbered.OfferOf(studentMap[student]));
            }
        }
    }

    [Fact]
    public void A_large_round_is_stable_and_within_capacity()
    {
        var random = new Random(60000);
        var round = RoundSpec.Generate(random, 4000, 500, 0.02, 5);

        var result = DeferredAcceptance.Solve(round.Build());

        Assert.True(StabilityCheck.IsWithinCapacity(result));
        Assert.Equal(0, StabilityCheck.CountBlockingPairs(result));
        AssertUnplacedReasons(round, result);
    }

    [Fact]
    public void An_empty_round_places_nobody()
    {
        var problem = new AllocationProblemBuilder([]).Build();

        var result = DeferredAcceptance.Solve(problem, maximumFill: true);

        Assert.Equal(new AllocationSummary(0, 0, 0, 0, 0, 0, 0), result.Summarize());
    }

    [Fact]
    public void Offers_without_places_take_nobody_and_their_students_are_unplaced_because_offers_are_full()
    {
        var round = new RoundSpec([0, 1], [[0], [0, 1], [1], []], [[0, 1], [2, 1]]);

        var result = DeferredAcceptance.Solve(round.Build());

        Assert.Equal([-1, -1, 1, -1], Reference.OffersOf(result));
        Assert.Equal(
            [UnplacedReason.PreferredOffersFull, UnplacedReason.PreferredOffersFull, UnplacedReason.None, UnplacedReason.NoEligibleOffer],
            Enumerable.Range(0, 4).Select(result.UnplacedReasonOf));
        Assert.Equal(new AllocationSummary(4, 1, 3, 1, 1, 0, 0), result.Summarize());
    }

    // Up to 6 students and 4 offers with 0-2 places, small enough to enumerate every assignment. Dense lists,
    // mostly non-zero capacities and, in three rounds of four, contrary rankings make several stable assignments common.
    private static RoundSpec SmallRound(Random random)
    {
        var round = RoundSpec.Generate(random, random.Next(2, 7), random.Next(2, 5), 0.6 + 0.4 * random.NextDouble(), 2, random.Next(10) == 0 ? 0 : 1);
        return random.Next(4) == 0 ? round : round.WithContraryRankings(random);
    }

    private static void AssertOffersListTheirStudentsInRankOrder(RoundSpec round, AllocationResult result)
    {
        for (var offer = 0; offer < round.OfferCount; offer++)
        {
            var students = result.StudentsOf(offer).ToArray();
            Assert.Equal(Enumerable.Range(0, round.StudentCount).Where(s => result.OfferOf(s) == offer).OrderBy(s => round.RankOf(offer, s)), students);
        }
    }

    // Unplaced with an empty list: no eligible offer. Otherwise every offer on the list is full with students it
    // ranks higher, which is what "preferred offers full" promises after deferred acceptance.
    private static void AssertUnplacedReasons(RoundSpec round, AllocationResult result)
    {
        for (var student = 0; student < round.StudentCount; student++)
        {
            var reason = result.UnplacedReasonOf(student);
            if (result.OfferOf(student) >= 0)
            {
                Assert.Equal(UnplacedReason.None, reason);
            }
            else if (round.Students[student].Length == 0)
            {
                Assert.Equal(UnplacedReason.NoEligibleOffer, reason);
            }
            else
            {
                Assert.Equal(UnplacedReason.PreferredOffersFull, reason);
                foreach (var offer in round.Students[student])
                {
                    var held = result.StudentsOf(offer).ToArray();
                    Assert.Equal(round.Capacities[offer], held.Length);
                    Assert.All(held, other => Assert.True(round.RankOf(offer, other) < round.RankOf(offer, student)));
                }
            }
        }
    }
}
