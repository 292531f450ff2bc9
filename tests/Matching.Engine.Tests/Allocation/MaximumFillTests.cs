using Matching.Engine.Allocation;

namespace Matching.Engine.Tests.Allocation;

public sealed class MaximumFillTests
{
    [Fact]
    public void Maximum_fill_places_as_many_students_as_an_independent_maximum_matching()
    {
        var random = new Random(1973);

        for (var instance = 0; instance < 500; instance++)
        {
            var round = RoundSpec.Generate(random, random.Next(0, 14), random.Next(0, 7), random.NextDouble(), 3);

            var result = DeferredAcceptance.Solve(round.Build(), maximumFill: true);

            Assert.Equal(Reference.MaximumPlaced(round), result.PlacedCount);
            Assert.True(Reference.IsFeasible(round, Reference.OffersOf(result)));
        }
    }

    [Fact]
    public void Maximum_fill_matches_an_independent_maximum_matching_on_larger_sparse_rounds()
    {
        var random = new Random(2002);

        for (var instance = 0; instance < 100; instance++)
        {
            var round = RoundSpec.Generate(random, random.Next(50, 150), random.Next(10, 40), 0.1 * random.NextDouble(), 3);

            var result = DeferredAcceptance.Solve(round.Build(), maximumFill: true);

            Assert.Equal(Reference.MaximumPlaced(round), result.PlacedCount);
        }
    }

    [Fact]
    public void A_longer_path_is_found_in_a_later_phase_after_the_shortest_ones()
    {
        // Offers A, F, B, C, G with one place. Student u1 wants only A, held by x, who could move to the free F: a
        // path through one placed student. Student u2 wants only B, held by y, who could move to C, held by z, who
        // could move to the free G: a path through two, which the first (shortest-path) phase does not take.
        const int a = 0, f = 1, b = 2, c = 3, g = 4, u1 = 0, x = 1, u2 = 2, y = 3, z = 4;
        var round = new RoundSpec(
            [1, 1, 1, 1, 1],
            [[a], [a, f], [b], [b, c], [c, g]],
            [[x, u1], [x], [y, u2], [z, y], [z]]);
        var stable = DeferredAcceptance.Solve(round.Build());

        var filled = MaximumFill.Apply(stable);

        Assert.Equal([-1, a, -1, b, c], Reference.OffersOf(stable));
        Assert.Equal([a, f, b, c, g], Reference.OffersOf(filled));
    }

    [Fact]
    public void Students_placed_by_deferred_acceptance_stay_placed_and_greedy_never_places_more()
    {
        var random = new Random(42);

        for (var instance = 0; instance < 200; instance++)
        {
            var round = RoundSpec.Generate(random, random.Next(0, 80), random.Next(0, 20), 0.2 * random.NextDouble(), 3);
            var problem = round.Build();

            var stable = DeferredAcceptance.Solve(problem);
            var filled = MaximumFill.Apply(stable);
            var greedy = GreedyAllocation.Solve(problem);

            Assert.True(StabilityCheck.IsWithinCapacity(filled));
            Assert.True(filled.PlacedCount >= greedy.PlacedCount);
            Assert.True(filled.PlacedCount >= stable.PlacedCount);
            Assert.All(Enumerable.Range(0, round.StudentCount).Where(s => stable.OfferOf(s) >= 0), s => Assert.True(filled.OfferOf(s) >= 0));
            Assert.Equal(Reference.OffersOf(filled), Reference.OffersOf(DeferredAcceptance.Solve(problem, maximumFill: true)));
        }
    }

    [Fact]
    public void Filling_can_move_a_student_down_their_list_and_create_a_blocking_pair()
    {
        // Student 0 wants offer 0 then offer 1; student 1 only offer 0, which ranks student 0 first. Deferred
        // acceptance places student 0 at offer 0 and nobody else; the fill moves student 0 to offer 1 to place
        // student 1, and (student 0, offer 0) then blocks.
        var round = new RoundSpec([1, 1], [[0, 1], [0]], [[0, 1], [0]]);
        var stable = DeferredAcceptance.Solve(round.Build());

        var filled = MaximumFill.Apply(stable);

        Assert.Equal([0, -1], Reference.OffersOf(stable));
        Assert.Equal([1, 0], Reference.OffersOf(filled));
        Assert.Equal([new BlockingPair(0, 0)], StabilityCheck.FindBlockingPairs(filled));
        Assert.Equal(new AllocationSummary(2, 2, 0, 0, 2, 0, 1), filled.Summarize());
    }

    [Fact]
    public void An_assignment_that_is_already_maximum_is_returned_unchanged()
    {
        var round = new RoundSpec([1, 2], [[0, 1], [1], [1, 0]], [[0, 2], [1, 0, 2]]);
        var stable = DeferredAcceptance.Solve(round.Build());

        var filled = MaximumFill.Apply(stable);

        Assert.Same(stable, filled);
    }

    [Fact]
    public void A_path_through_thousands_of_offers_is_found_without_recursion()
    {
        // Student i < n holds offer i and could also take offer i + 1; the last student only wants offer 0, which
        // prefers student 0. Placing the last student shifts every other student one offer along, into offer n.
        const int n = 5000;
        var students = Enumerable.Range(0, n).Select(i => new[] { i, i + 1 }).Append([0]).ToArray();
        var rankings = Enumerable.Range(0, n + 1)
            .Select(offer => offer == 0 ? new[] { 0, n } : offer == n ? [n - 1] : [offer, offer - 1])
            .ToArray();
        var round = new RoundSpec(Enumerable.Repeat(1, n + 1).ToArray(), students, rankings);
        var stable = DeferredAcceptance.Solve(round.Build());

        var filled = MaximumFill.Apply(stable);

        Assert.Equal(n, stable.PlacedCount);
        Assert.Equal(n + 1, filled.PlacedCount);
        Assert.Equal(Enumerable.Range(1, n).Append(0), Reference.OffersOf(filled));
    }
}
