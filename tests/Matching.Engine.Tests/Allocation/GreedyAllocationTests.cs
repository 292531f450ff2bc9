using Matching.Engine.Allocation;

namespace Matching.Engine.Tests.Allocation;

public sealed class GreedyAllocationTests
{
    // Three students, offer 0 with one place and offer 1 with one place. Everyone wants offer 0 first; offer 0 likes
    // student 2 best and offer 1 likes student 1 best.
    private static readonly RoundSpec Round = new([1, 1], [[0, 1], [0, 1], [0]], [[2, 1, 0], [1, 0]]);

    [Fact]
    public void Students_in_turn_take_their_best_offer_with_a_free_place()
    {
        var result = GreedyAllocation.Solve(Round.Build());

        Assert.Equal([0, 1, -1], Reference.OffersOf(result));
        Assert.Equal([0, 1, -1], Enumerable.Range(0, 3).Select(result.ChoiceOf));
        Assert.Equal(UnplacedReason.PreferredOffersFull, result.UnplacedReasonOf(2));
    }

    [Fact]
    public void Greedy_ignores_the_offers_rankings_and_leaves_blocking_pairs_that_deferred_acceptance_avoids()
    {
        var problem = Round.Build();

        var greedy = GreedyAllocation.Solve(problem);
        var stable = DeferredAcceptance.Solve(problem);

        // Offer 0 holds student 0 but ranks students 1 and 2 higher, and both of them would rather have offer 0.
        Assert.Equal([new BlockingPair(1, 0), new BlockingPair(2, 0)], StabilityCheck.FindBlockingPairs(greedy));
        Assert.Equal([-1, 1, 0], Reference.OffersOf(stable));
        Assert.Equal(0, StabilityCheck.CountBlockingPairs(stable));
    }

    [Fact]
    public void The_order_decides_who_gets_the_last_place()
    {
        var problem = Round.Build();

        var result = GreedyAllocation.Solve(problem, [2, 1, 0]);

        Assert.Equal([-1, 1, 0], Reference.OffersOf(result));
    }

    [Fact]
    public void An_order_that_is_not_a_permutation_of_the_students_is_rejected()
    {
        var problem = Round.Build();

        var tooShort = Assert.Throws<ArgumentException>(() => GreedyAllocation.Solve(problem, [0, 1]));
        var twice = Assert.Throws<ArgumentException>(() => GreedyAllocation.Solve(problem, [0, 1, 1]));
        var outOfRange = Assert.Throws<ArgumentException>(() => GreedyAllocation.Solve(problem, [0, 1, 3]));

        Assert.StartsWith("The order names 2 students, but the round has 3.", tooShort.Message);
        Assert.Contains("student 1 is out of range or named twice", twice.Message);
        Assert.Contains("student 3 is out of range or named twice", outOfRange.Message);
    }

    [Fact]
    public void No_unplaced_student_has_a_free_place_among_their_offers()
    {
        var random = new Random(3);

        for (var instance = 0; instance < 200; instance++)
        {
            var round = RoundSpec.Generate(random, random.Next(0, 40), random.Next(0, 10), random.NextDouble(), 3);
            var order = RoundSpec.Shuffled(random, Enumerable.Range(0, round.StudentCount));

            var result = GreedyAllocation.Solve(round.Build(), order);

            Assert.True(Reference.IsFeasible(round, Reference.OffersOf(result)));
            for (var student = 0; student < round.StudentCount; student++)
            {
                if (result.OfferOf(student) < 0)
                {
                    Assert.All(round.Students[student], offer => Assert.Equal(round.Capacities[offer], result.StudentsOf(offer).Length));
                }
            }
        }
    }
}
