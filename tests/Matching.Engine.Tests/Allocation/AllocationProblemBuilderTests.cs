using Matching.Engine.Allocation;

namespace Matching.Engine.Tests.Allocation;

public sealed class AllocationProblemBuilderTests
{
    [Fact]
    public void The_problem_keeps_each_students_preferences_aligned_with_the_offers_ranks()
    {
        var builder = new AllocationProblemBuilder([1, 0, 2]);
        builder.AddStudent([2, 0]);
        builder.AddStudent([]);
        builder.AddStudent([0, 1, 2]);
        builder.SetOfferRanking(0, [2, 0]);
        builder.SetOfferRanking(1, [2]);
        builder.SetOfferRanking(2, [0, 2]);

        var problem = builder.Build();

        Assert.Equal((3, 3, 5, 3), (problem.StudentCount, problem.OfferCount, problem.PairCount, problem.TotalCapacity));
        Assert.Equal([2, 0], problem.PreferencesOf(0).ToArray());
        Assert.Equal([0, 1], problem.OfferRanksOf(0).ToArray());
        Assert.Empty(problem.PreferencesOf(1).ToArray());
        Assert.Equal([0, 1, 2], problem.PreferencesOf(2).ToArray());
        Assert.Equal([0, 0, 1], problem.OfferRanksOf(2).ToArray());
        Assert.Equal(0, problem.CapacityOf(1));
    }

    [Fact]
    public void A_negative_capacity_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new AllocationProblemBuilder([1, -2]));

        Assert.StartsWith("Offer 1 has a negative capacity (-2).", error.Message);
    }

    [Fact]
    public void A_student_listing_an_offer_twice_or_an_unknown_offer_is_rejected_and_the_builder_is_unchanged()
    {
        var builder = new AllocationProblemBuilder([1, 1]);

        var twice = Assert.Throws<ArgumentException>(() => builder.AddStudent([0, 1, 0]));
        var unknown = Assert.Throws<ArgumentException>(() => builder.AddStudent([1, 2]));
        var index = builder.AddStudent([1, 0]);

        Assert.StartsWith("Student 0 lists offer 0 twice.", twice.Message);
        Assert.StartsWith("Student 0 lists offer 2, but offers are numbered 0 to 1.", unknown.Message);
        Assert.Equal(0, index);
        Assert.Equal(1, builder.StudentCount);
    }

    [Fact]
    public void An_offer_ranking_a_student_twice_a_negative_student_or_ranked_twice_is_rejected()
    {
        var builder = new AllocationProblemBuilder([1, 1]);
        builder.SetOfferRanking(0, [0]);

        var twice = Assert.Throws<ArgumentException>(() => builder.SetOfferRanking(1, [3, 0, 3]));
        var negative = Assert.Throws<ArgumentException>(() => builder.SetOfferRanking(1, [-1]));
        var again = Assert.Throws<ArgumentException>(() => builder.SetOfferRanking(0, [0]));
        var unknown = Assert.Throws<ArgumentException>(() => builder.SetOfferRanking(2, [0]));

        Assert.StartsWith("Offer 1 ranks student 3 twice.", twice.Message);
        Assert.StartsWith("Offer 1 ranks student -1, but students are numbered from 0.", negative.Message);
        Assert.StartsWith("Offer 0 has already been ranked.", again.Message);
        Assert.StartsWith("Offer 2 does not exist: offers are numbered 0 to 1.", unknown.Message);
    }

    [Fact]
    public void An_offer_ranking_a_student_that_was_never_added_is_rejected_when_building()
    {
        var builder = new AllocationProblemBuilder([1]);
        builder.AddStudent([0]);
        builder.SetOfferRanking(0, [0, 1]);

        var error = Assert.Throws<ArgumentException>(builder.Build);

        Assert.StartsWith("Offer 0 ranks student 1, but only 1 students were added.", error.Message);
    }

    [Fact]
    public void A_pair_only_the_student_lists_is_rejected()
    {
        var builder = new AllocationProblemBuilder([1, 1]);
        builder.AddStudent([0, 1]);
        builder.SetOfferRanking(0, [0]);

        var error = Assert.Throws<ArgumentException>(builder.Build);

        Assert.StartsWith("Student 0 lists offer 1, but offer 1 does not rank student 0.", error.Message);
    }

    [Fact]
    public void A_pair_only_the_offer_ranks_is_rejected()
    {
        var builder = new AllocationProblemBuilder([1, 1]);
        builder.AddStudent([0]);
        builder.AddStudent([1]);
        builder.SetOfferRanking(0, [0]);
        builder.SetOfferRanking(1, [0, 1]);

        var error = Assert.Throws<ArgumentException>(builder.Build);

        Assert.StartsWith("Offer 1 ranks student 0, but student 0 does not list offer 1.", error.Message);
    }
}
