using Matching.Jobs.Delivery;
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
    public static readonly TriggerKey DeliveryTrigger = new("delivery-poll", "matching");

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
        builder.Services.AddSingleton<ShortfallSnapshots>();
        builder.Services.AddSingleton<Reports.ShortfallReportBuilder>();
        var delivery = AddDelivery(builder);
        // Keep the triggers a node finds stored: replacing them at every start would erase the fire times
        // missed while all nodes were down. TriggerReconciler applies a changed schedule explicitly.
        builder.Services.Configure<QuartzOptions>(quartz => quartz.Scheduling.IgnoreDuplicates = true);
        var schedules = new ConfiguredSchedules(
        [
            new CronSchedule(ShortfallTrigger, ComputeShortfallsJob.Key, options.ShortfallCron, timeZone),
            new CronSchedule(ExpiryTrigger, ExpireJob.Key, options.ExpiryCron, timeZone),
            new IntervalSchedule(DeliveryTrigger, DeliverReportsJob.Key, TimeSpan.FromSeconds(delivery.PollSeconds)),
        ]);
        builder.Services.AddSingleton(schedules);
        builder.AddQuartz(q =>
        {
            // Every node uses the same name: Quartz clusters the schedulers that share a name and a database.
            q.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "matching";
                if (options.InstanceId.Length > 0)
                {
                    scheduler.InstanceId = options.InstanceId;
                }
            });
            q.UsePersistentStore(store => ConfigureStore(store, connectionString, TimeSpan.FromSeconds(options.ClusterCheckinSeconds)));
            q.AddJobListener<JobRunListener>();
            // A run cut short by a dead node runs again on another: the snapshot is replaced and deliveries are claimed once.
            q.AddJob<ComputeShortfallsJob>(job => job.WithIdentity(ComputeShortfallsJob.Key).StoreDurably().RequestRecovery());
            q.AddJob<ExpireJob>(job => job.WithIdentity(ExpireJob.Key).StoreDurably());
            q.AddJob<DeliverReportsJob>(job => job.WithIdentity(DeliverReportsJob.Key).StoreDurably());
            foreach (var schedule in schedules.All)
            {
                q.AddTrigger(schedule.Configure);
            }
        });
        if (options.Enabled)
        {
            builder.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
            builder.Services.AddHostedService<TriggerReconciler>();
        }
    }

    /// <summary>Report delivery by webhook and e-mail ("Delivery" and "Smtp" sections).</summary>
    private static DeliveryOptions AddDelivery(IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DeliveryOptions.Section);
        builder.Services.Configure<DeliveryOptions>(section);
        builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection(SmtpOptions.Section));
        var options = section.Get<DeliveryOptions>() ?? new DeliveryOptions();
        var smtpTimeout = builder.Configuration.GetSection(SmtpOptions.Section).Get<SmtpOptions>()?.TimeoutSeconds ?? new SmtpOptions().TimeoutSeconds;
        if (options.PollSeconds < 1 || options.MaxAttempts < 1 || options.BaseDelaySeconds < 0 || options.Concurrency < 1)
        {
            throw new InvalidOperationException("Delivery:PollSeconds, MaxAttempts and Concurrency must be at least 1, and BaseDelaySeconds not negative.");
        }
        // A lease shorter than a send would let a second node send the same report while the first is still at it.
        if (options.LeaseSeconds <= Math.Max(options.WebhookTimeoutSeconds, smtpTimeout))
        {
            throw new InvalidOperationException("Delivery:LeaseSeconds must be longer than Delivery:WebhookTimeoutSeconds and Smtp:TimeoutSeconds.");
        }
        builder.Services.AddSingleton<ReportDeliveryQueue>();
        builder.Services.AddSingleton<EmailSender>();
        builder.Services.AddHttpClient<WebhookSender>(client => client.Timeout = TimeSpan.FromSeconds(options.WebhookTimeoutSeconds))
            // A redirect is a failed attempt: following it could take the signed report to another host or to plain http.
            // Straight to the receiver, and only to the addresses WebhookAddressPolicy allows, checked when connecting.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = WebhookAddressPolicy.From(options).ConnectAsync,
            });
        // Transient, like the typed HttpClient it holds, so that the factory can rotate its handlers.
        builder.Services.AddTransient<ReportDeliverer>();
        return options;
    }

    internal static void ConfigureStore(IPersistentStoreBuilder store, string connectionString, TimeSpan clusterCheckin)
    {
        store.UsePostgres(connectionString);
        store.ConfigureStore(settings =>
        {
            settings.TablePrefix = TablePrefix;
            settings.StoreJobDataAsStrings = true;
        });
        store.UseClustering(cluster =>
        {
            cluster.CheckinInterval = clusterCheckin;
            cluster.CheckinMisfireThreshold = clusterCheckin;
        });
    }
}
