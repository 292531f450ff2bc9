using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Matching.Jobs;

/// <summary>
/// Stored triggers are kept at start-up (so that missed fire times survive), which would also keep an
/// old schedule after the configuration changed; this replaces a stored trigger whose schedule differs from the
/// configured one (a cron expression or time zone, an interval), and leaves the others untouched. Stored job
/// details are kept the same way, so a job stored before it requested recovery is stored again with the request.
/// </summary>
internal sealed class TriggerReconciler(ISchedulerFactory schedulers, ConfiguredSchedules schedules, ILogger<TriggerReconciler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var scheduler = await schedulers.GetScheduler(stoppingToken);
        foreach (var schedule in schedules.All)
        {
            if (await scheduler.GetTrigger(schedule.Key, stoppingToken) is not { } stored || schedule.Matches(stored))
            {
                continue;
            }
            await scheduler.RescheduleJob(schedule.Key, schedule.Build(), stoppingToken);
            logger.LogInformation("Rescheduled {Trigger} to {Schedule}", schedule.Key, schedule);
        }
        // A run cut short by a dead node runs again on another only when its job requests recovery.
        if (await scheduler.GetJobDetail(Shortfalls.ComputeShortfallsJob.Key, stoppingToken) is { RequestsRecovery: false } stale)
        {
            await scheduler.AddJob(stale.GetJobBuilder().RequestRecovery().Build(), AddJobOptions.Replacing, stoppingToken);
            logger.LogInformation("Stored {Job} again, now requesting recovery", stale.Key);
        }
    }
}
