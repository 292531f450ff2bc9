using Hangfire;
using Matching.Jobs.Alerts;
using Matching.Jobs.Delivery;
using Matching.Jobs.Expiry;
using Matching.Jobs.Retention;
using Matching.Jobs.Shortfalls;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Matching.Jobs.Scheduling;

/// <summary>
/// Stores the recurring jobs as configuration says at start-up. Hangfire keeps a stored job's next execution when its
/// cron expression and time zone are unchanged, so a fire time missed while every node was down still runs (once:
/// <see cref="MisfireHandlingMode.Relaxed"/>), and recomputes it when they changed.
/// </summary>
internal sealed class RecurringJobRegistrar(IRecurringJobManager recurringJobs, IOptions<JobsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var schedule = new RecurringJobOptions
        {
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone),
            MisfireHandling = MisfireHandlingMode.Relaxed,
        };
        recurringJobs.AddOrUpdate<ComputeShortfallsJob>(ScheduledJobs.Shortfall, job => job.RunAsync(CancellationToken.None), settings.ShortfallCron, schedule);
        recurringJobs.AddOrUpdate<ExpireJob>(ScheduledJobs.Expiry, job => job.RunAsync(CancellationToken.None), settings.ExpiryCron, schedule);
        recurringJobs.AddOrUpdate<RetentionJob>(ScheduledJobs.Retention, job => job.RunAsync(CancellationToken.None), settings.RetentionCron, schedule);
        recurringJobs.AddOrUpdate<RequeueDeliveriesJob>(ScheduledJobs.Delivery, job => job.RunAsync(CancellationToken.None), Cron.Never(), schedule);
        // The safety net of the alerts that the detector queues at once: a minute at most for one whose queueing was lost.
        recurringJobs.AddOrUpdate<OfferAlertsJob>(ScheduledJobs.OfferAlerts, job => job.RunAsync(CancellationToken.None), Cron.Minutely(), schedule);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
