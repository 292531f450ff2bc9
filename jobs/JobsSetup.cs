using Matching.Jobs.Expiry;
using Matching.Jobs.Runs;
using Matching.Jobs.Shortfalls;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Matching.Jobs;

public static class JobsSetup
{
    public const string TablePrefix = "qrtz_";

    public static readonly TriggerKey ShortfallTrigger = new("shortfall-weekly", "matching");
    public static readonly TriggerKey ExpiryTrigger = new("expiry-daily", "matching");

    /// <summary>
    /// Quartz.NET with its ADO.NET store on the service's PostgreSQL, clustered: every node may run
    /// the scheduler and each trigger fires once. Jobs:Enabled=false keeps this node from running
    /// jobs; it can still trigger them for the others. The store's tables are created by
    /// <see cref="QuartzSchema"/> under the migration lock, not here.
    /// </summary>
    public static void AddMatchingJobs(this IHostApplicationBuilder builder, string connectionString)
    {
        var section = builder.Configuration.GetSection("Jobs");
        builder.Services.Configure<JobsOptions>(section);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        builder.Services.AddSingleton<ShortfallCalculator>();
        // Keep the triggers a node finds stored: replacing them at every start would erase the fire times
        // missed while all nodes were down. TriggerReconciler applies a changed schedule explicitly.
        builder.Services.Configure<QuartzOptions>(quartz => quartz.Scheduling.IgnoreDuplicates = true);
        builder.Services.AddSingleton(new ConfiguredSchedules(
        [
            new ConfiguredSchedule(ShortfallTrigger, options.ShortfallCron, timeZone),
            new ConfiguredSchedule(ExpiryTrigger, options.ExpiryCron, timeZone),
        ]));
        builder.AddQuartz(q =>
        {
            // Every node uses the same name: Quartz clusters the schedulers that share a name and a database.
            q.ConfigureScheduler(scheduler => scheduler.InstanceName = "matching");
            q.UsePersistentStore(store => ConfigureStore(store, connectionString));
            q.AddJobListener<JobRunListener>();
            q.AddJob<ComputeShortfallsJob>(job => job.WithIdentity(ComputeShortfallsJob.Key).StoreDurably());
            q.AddJob<ExpireJob>(job => job.WithIdentity(ExpireJob.Key).StoreDurably());
            // FireAndProceed: when no node was up at a fire time, run once when one comes up, not once per missed week.
            q.AddTrigger(trigger => trigger.ForJob(ComputeShortfallsJob.Key).WithIdentity(ShortfallTrigger)
                .WithSchedule(CronScheduleBuilder.Create(options.ShortfallCron).InTimeZone(timeZone)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddTrigger(trigger => trigger.ForJob(ExpireJob.Key).WithIdentity(ExpiryTrigger)
                .WithSchedule(CronScheduleBuilder.Create(options.ExpiryCron).InTimeZone(timeZone)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        if (options.Enabled)
        {
            builder.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
            builder.Services.AddHostedService<TriggerReconciler>();
        }
    }

    internal static void ConfigureStore(IPersistentStoreBuilder store, string connectionString)
    {
        store.UsePostgres(connectionString);
        store.ConfigureStore(settings =>
        {
            settings.TablePrefix = TablePrefix;
            settings.StoreJobDataAsStrings = true;
        });
        store.UseClustering(_ => { });
    }
}
