using Matching.Api.Reference;
using Matching.Demo;
using Matching.Jobs;

namespace Matching.Api.Tests;

/// <summary>How the demo's history splits the dataset into weekly batches, without a database.</summary>
public sealed class DemoHistoryPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 13, 4, 25, TimeSpan.Zero); // a Thursday in 2026-W49
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public void Every_row_is_written_once_and_the_plan_is_the_same_every_time()
    {
        var options = new DemoOptions { Today = DateOnly.FromDateTime(Now.UtcDateTime), Students = 400, Companies = 80, Offers = 300 };
        var dataset = DemoDataGenerator.Generate(ReferenceDataSet.Embedded, options);

        var plan = DemoHistory.Plan(dataset, Now, Amsterdam, options.Seed);
        var again = DemoHistory.Plan(dataset, Now, Amsterdam, options.Seed);

        Assert.Equal(12, plan.Count);
        Assert.Equal(dataset.Students.Select(s => s.Id).Order(), plan.SelectMany(week => week.Batch.Students).Select(s => s.Id).Order());
        Assert.Equal(dataset.Offers.Select(o => o.Id).Order(), plan.SelectMany(week => week.Batch.Offers).Select(o => o.Id).Order());
        Assert.Equal(dataset.Schools, plan[0].Batch.Schools);
        Assert.Equal(dataset.Companies, plan[0].Batch.Companies);
        Assert.Equal(dataset.Accreditations, plan[0].Batch.Accreditations);
        Assert.All(plan.Skip(1), week => Assert.Empty(week.Batch.Schools.Concat<object>(week.Batch.Companies).Concat(week.Batch.Accreditations)));
        // Registrations arrive through the weeks, not all at the start or at the end.
        Assert.All(plan, week => Assert.NotEmpty(week.Batch.Students));
        Assert.Equal(plan.Select(week => week.Batch.Students.Count), again.Select(week => week.Batch.Students.Count));
        Assert.Equal(plan.SelectMany(week => week.Batch.Offers).Select(o => o.Id), again.SelectMany(week => week.Batch.Offers).Select(o => o.Id));
    }

    [Fact]
    public void The_weeks_are_the_eleven_mondays_before_this_week_at_six_in_amsterdam_then_now()
    {
        var dataset = new DemoDataset([], [], [], [], []);

        var plan = DemoHistory.Plan(dataset, Now, Amsterdam, seed: 1);

        Assert.Equal(
            ["2026-W38", "2026-W39", "2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"],
            plan.Select(week => IsoWeek.Of(week.Day).ToString()));
        Assert.Equal(new DateOnly(2026, 9, 14), plan[0].Day);
        Assert.Equal(new DateTimeOffset(2026, 9, 14, 4, 0, 0, TimeSpan.Zero), plan[0].ComputedAt); // 06:00 summer time
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 5, 0, 0, TimeSpan.Zero), plan[10].ComputedAt); // 06:00 winter time
        Assert.Equal((new DateOnly(2026, 12, 3), Now), (plan[^1].Day, plan[^1].ComputedAt));
    }
}
