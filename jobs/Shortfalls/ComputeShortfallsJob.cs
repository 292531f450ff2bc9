using Matching.Jobs.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Matching.Jobs.Shortfalls;

/// <summary>The weekly shortfall snapshot (Monday 06:00 Europe/Amsterdam by default, and on demand).</summary>
[DisallowConcurrentExecution]
public sealed class ComputeShortfallsJob(
    ShortfallCalculator calculator, ReportDeliveryQueue deliveries, TimeProvider clock, IOptions<JobsOptions> options, ILogger<ComputeShortfallsJob> logger) : IJob
{
    public static readonly JobKey Key = new("shortfall", "matching");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await WaitWhileHeldAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone)).DateTime);
        var (cells, scheduled) = await RunAsync(today, now, cancellationToken);
        logger.LogInformation("Shortfall snapshot for {Week}: {Cells} cells, {Deliveries} deliveries scheduled", IsoWeek.Of(today), cells, scheduled);
        // Send the reports now rather than at the next poll.
        await context.Scheduler.TriggerJob(DeliverReportsJob.Key, cancellationToken);
    }

    // The fault tests' hook (Jobs:HoldFile): a run that has started and not yet done anything, for as long as they need.
    private async Task WaitWhileHeldAsync(CancellationToken cancellationToken)
    {
        var holdFile = options.Value.HoldFile;
        while (holdFile.Length > 0 && File.Exists(holdFile))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), clock, cancellationToken);
        }
    }

    /// <summary>
    /// Computes the snapshot of the week <paramref name="today"/> falls in, then creates one pending delivery per
    /// subscription and channel for it; a second run in the same week replaces the snapshot and adds no delivery.
    /// </summary>
    public async Task<(int Cells, int Deliveries)> RunAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cells = await calculator.ComputeAsync(today, now, cancellationToken);
        return (cells, await deliveries.ScheduleWeekAsync(IsoWeek.Of(today), now, cancellationToken));
    }
}
