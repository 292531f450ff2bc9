using Matching.Jobs;

namespace Matching.Demo;

/// <summary>
/// Twelve weeks of shortfall history for the demo, so that the report's trend charts draw lines. The dataset says
/// nothing about when its students and offers were registered, so each gets a registration date here, drawn with a
/// fixed seed: up to sixteen weeks before the student is available or the offer starts (or before today, when that is
/// earlier). The seeder writes the rows in batches by that date, oldest first, and after each batch the real shortfall
/// calculator computes that week's snapshot on its Monday, over what was registered by then. The figures are the
/// calculator's; only the registration dates are invented.
/// </summary>
internal static class DemoHistory
{
    public const int Weeks = 12;

    private const int MaxLeadDays = 16 * 7;

    // The snapshot of a past week is stamped with the time the weekly job runs (Jobs:ShortfallCron's default).
    private static readonly TimeOnly RunTime = new(6, 0);

    /// <summary>
    /// The eleven Mondays before this week, then today with <paramref name="now"/>; each week's batch holds the rows
    /// registered since the week before. The first batch also holds the schools, companies and accreditations.
    /// </summary>
    public static IReadOnlyList<DemoHistoryWeek> Plan(DemoDataset dataset, DateTimeOffset now, TimeZoneInfo zone, int seed)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var monday = IsoWeek.Of(today).Monday;
        var days = Enumerable.Range(1, Weeks - 1).Reverse().Select(weeksBack => monday.AddDays(-7 * weeksBack)).Append(today).ToArray();

        var random = new DemoRandom(seed);
        // A row registered before a Monday is in that Monday's snapshot; today's snapshot has every row.
        int WeekOf(DateOnly ready)
        {
            var registered = (ready < today ? ready : today).AddDays(-random.Next(0, MaxLeadDays + 1));
            var week = Array.FindIndex(days, day => registered < day);
            return week < 0 ? Weeks - 1 : week;
        }
        var students = dataset.Students.ToLookup(student => WeekOf(student.AvailableFrom));
        var offers = dataset.Offers.ToLookup(offer => WeekOf(offer.StartDate));

        return
        [
            .. days.Select((day, week) => new DemoHistoryWeek(
                day,
                week == Weeks - 1 ? now : new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(RunTime), zone), TimeSpan.Zero),
                new DemoDataset(
                    week == 0 ? dataset.Schools : [],
                    [.. students[week]],
                    week == 0 ? dataset.Companies : [],
                    week == 0 ? dataset.Accreditations : [],
                    [.. offers[week]]))),
        ];
    }
}
