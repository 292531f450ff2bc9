using System.Linq.Expressions;
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
        AddOrUpdate<ComputeShortfallsJob>(ScheduledJobs.Shortfall, job => job.RunAsync(CancellationToken.None), nameof(settings.ShortfallCron), settings.ShortfallCron, schedule);
        AddOrUpdate<ExpireJob>(ScheduledJobs.Expiry, job => job.RunAsync(CancellationToken.None), nameof(settings.ExpiryCron), settings.ExpiryCron, schedule);
        AddOrUpdate<RetentionJob>(ScheduledJobs.Retention, job => job.RunAsync(CancellationToken.None), nameof(settings.RetentionCron), settings.RetentionCron, schedule);
        recurringJobs.AddOrUpdate<RequeueDeliveriesJob>(ScheduledJobs.Delivery, job => job.RunAsync(CancellationToken.None), Cron.Never(), schedule);
        // The safety net of the alerts that the detector queues at once: a minute at most for one whose queueing was lost.
        recurringJobs.AddOrUpdate<OfferAlertsJob>(ScheduledJobs.OfferAlerts, job => job.RunAsync(CancellationToken.None), Cron.Minutely(), schedule);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Hangfire parses the cron expression here; its message does not say which setting held it.
    private void AddOrUpdate<TJob>(string id, Expression<Func<TJob, Task>> run, string setting, string cron, RecurringJobOptions schedule)
    {
        try
        {
            recurringJobs.AddOrUpdate(id, run, cron, schedule);
        }
        catch (ArgumentException exception) when (exception.ParamName == "cronExpression")
        {
            throw new InvalidOperationException(
                $"{JobsOptions.Section}:{setting} '{cron}' is not a cron expression (five fields, or six with seconds first): {exception.InnerException?.Message ?? exception.Message}",
                exception);
        }
    }
}
