using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Matching.Jobs;

/// <summary>
/// Stored triggers are kept at start-up (so that missed fire times survive), which would also keep an
/// old schedule after the configuration changed; this replaces a stored trigger whose schedule differs from the
/// configured one (a cron expression or time zone, an interval), and leaves the others untouched.
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
    }
}
