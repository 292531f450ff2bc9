using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Matching.Jobs;

/// <summary>
/// Stored triggers are kept at start-up (so that missed fire times survive), which would also keep an
/// old schedule after the configuration changed; this replaces a stored cron trigger whose cron
/// expression or time zone differs from the configured one, and leaves the others untouched.
/// </summary>
internal sealed class TriggerReconciler(ISchedulerFactory schedulers, ConfiguredSchedules schedules, ILogger<TriggerReconciler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var scheduler = await schedulers.GetScheduler(stoppingToken);
        foreach (var schedule in schedules.All)
        {
            if (await scheduler.GetTrigger(schedule.Key, stoppingToken) is not ICronTrigger stored
                || (stored.CronExpressionString == schedule.Cron && stored.TimeZone.Id == schedule.TimeZone.Id))
            {
                continue;
            }
            var replacement = TriggerBuilder.Create().WithIdentity(schedule.Key).ForJob(stored.JobKey)
                .WithSchedule(CronScheduleBuilder.Create(schedule.Cron).InTimeZone(schedule.TimeZone)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            await scheduler.RescheduleJob(schedule.Key, replacement, stoppingToken);
            logger.LogInformation("Rescheduled {Trigger} to '{Cron}' ({TimeZone})", schedule.Key, schedule.Cron, schedule.TimeZone.Id);
        }
    }
}
