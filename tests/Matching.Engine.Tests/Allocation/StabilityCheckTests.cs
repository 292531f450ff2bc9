using Matching.Engine.Allocation;

namespace Matching.Engine.Tests.Allocation;

public sealed class StabilityCheckTests
{
    [Fact]
    public void A_student_the_offer_ranks_above_one_of_its_students_forms_a_blocking_pair()
    {
        // In the order 1, 0 student 1 takes offer 0's only place and student 0 settles for offer 1, although both
        // student 0 and offer 0 would rather have each other.
        var round = new RoundSpec([1, 2], [[0, 1], [0, 1]], [[0, 1], [1, 0]]);

        var result = GreedyAllocation.Solve(round.Build(), [1, 0]);

        Assert.Equal([1, 0], Reference.OffersOf(result));
        Assert.Equal([new BlockingPair(0, 0)], StabilityCheck.FindBlockingPairs(result));
        Assert.Equal(1, Reference.BlockingPairs(round, [1, 0]));
    }

    [Fact]
    public void Offers_without_places_never_block()
    {
        var round = new RoundSpec([0, 1], [[0, 1]], [[0], [0]]);

        var result = GreedyAllocation.Solve(round.Build());

        Assert.Equal([1], Reference.OffersOf(result));
        Assert.Equal(0, StabilityCheck.CountBlockingPairs(result));
    }

    [Fact]
    public void The_check_agrees_with_the_definition_on_unstable_assignments()
    {
        var random = new Random(99);

        for (var instance = 0; instance < 300; instance++)
        {
            var round = RoundSpec.Generate(random, random.Next(0, 25), random.Next(0, 8), random.NextDouble(), 3);
            var order = RoundSpec.Shuffled(random, Enumerable.Range(0, round.StudentCount));

            var result = GreedyAllocation.Solve(round.Build(), order);

            Assert.Equal(Reference.BlockingPairs(round, Reference.OffersOf(result)), StabilityCheck.CountBlockingPairs(result));
        }
    }

    [Fact]
    public void The_limit_caps_the_pairs_listed()
    {
        var round = new RoundSpec([1], [[0], [0], [0]], [[2, 1, 0]]);
        var result = GreedyAllocation.Solve(round.Build());

        var all = StabilityCheck.FindBlockingPairs(result);
        var first = StabilityCheck.FindBlockingPairs(result, limit: 1);

        Assert.Equal([new BlockingPair(1, 0), new BlockingPair(2, 0)], all);
        Assert.Equal([new BlockingPair(1, 0)], first);
    }
}
