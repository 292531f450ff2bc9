using System.ComponentModel;
using Hangfire;
using Matching.Jobs.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.Jobs.Shortfalls;

/// <summary>
/// The weekly shortfall snapshot (Monday 06:00 Europe/Amsterdam by default, and on demand), then one delivery job per
/// subscription and channel. A run cut short by a dead node is taken over by another (Jobs:InvisibilityTimeoutSeconds);
/// running it again replaces the week's snapshot and queues only the deliveries that have no job yet.
/// </summary>
public sealed class ComputeShortfallsJob(
    ShortfallCalculator calculator, ReportDeliveryQueue deliveries, DeliveryJobs deliveryJobs, TimeProvider clock,
    IOptions<JobsOptions> options, ILogger<ComputeShortfallsJob> logger)
{
    [DisplayName("Shortfall snapshot and report deliveries")]
    [AutomaticRetry(Attempts = 2, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone)).DateTime);
        var (cells, queued) = await RunAsync(today, now, cancellationToken);
        logger.LogInformation("Shortfall snapshot for {Week}: {Cells} cells, {Deliveries} deliveries queued", IsoWeek.Of(today), cells, queued);
    }

    /// <summary>
    /// Computes the snapshot of the week <paramref name="today"/> falls in, creates one pending delivery per subscription
    /// and channel for it, and queues a job for each pending delivery of the week that has none; returns the cell count
    /// and how many deliveries it queued.
    /// </summary>
    public async Task<(int Cells, int Deliveries)> RunAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var week = IsoWeek.Of(today);
        var cells = await calculator.ComputeAsync(today, now, cancellationToken);
        await deliveries.ScheduleWeekAsync(week, now, cancellationToken);
        return (cells, await deliveryJobs.QueueUnqueuedAsync(week, cancellationToken));
    }
}
