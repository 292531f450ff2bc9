using Hangfire;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Matching.Jobs.Alerts;
using Matching.Jobs.Delivery;
using Matching.Jobs.Expiry;
using Matching.Jobs.Privacy;
using Matching.Jobs.Retention;
using Matching.Jobs.Scheduling;
using Matching.Jobs.Shortfalls;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.Jobs;

public static class JobsSetup
{
    /// <summary>
    /// Hangfire on the service's PostgreSQL (schema <see cref="HangfireSchema.Name"/>): every node can queue jobs and read
    /// their state; a node with Jobs:Enabled runs a Hangfire server, and the servers of all nodes share the queue and the
    /// recurring schedules, so each fire time runs once. The tables are created by <see cref="HangfireSchema"/> under the
    /// migration lock, not here.
    /// </summary>
    public static void AddMatchingJobs(this IHostApplicationBuilder builder, Func<IServiceProvider, string> connectionString)
    {
        builder.Services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ShortfallCalculator>();
        builder.Services.AddSingleton<ShortfallSnapshots>();
        builder.Services.AddSingleton<Reports.ReportRounds>();
        builder.Services.AddSingleton<Recruitment.CompaniesToRecruit>();
        builder.Services.AddSingleton<Reports.ShortfallReportBuilder>();
        builder.Services.AddTransient<ComputeShortfallsJob>();
        builder.Services.AddTransient<ExpireJob>();
        builder.Services.AddTransient<RequeueDeliveriesJob>();
        builder.Services.AddSingleton<StudentErasure>();
        builder.Services.AddTransient<RetentionJob>();
        // A wrong period would erase too much at the next run: the node does not start with one.
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<JobScheduler>();
        AddDelivery(builder);
        AddAlerts(builder);
        // This host's storage, registered before AddHangfire so that it is the one every Hangfire service of the host uses.
        // Hangfire's own UsePostgreSqlStorage would set the process-wide JobStorage.Current and hand the host whatever that
        // holds when it is read: another host's database, when several hosts share a process (as the tests' do).
        builder.Services.AddSingleton<JobStorage>(services =>
        {
            // Hangfire's serializer settings and data format are process-wide, set when IGlobalConfiguration is resolved:
            // before this host reads or writes a job, not when (or if) its Hangfire server starts.
            services.GetRequiredService<IGlobalConfiguration>();
            var options = services.GetRequiredService<IOptions<JobsOptions>>().Value;
            var storageOptions = StorageOptions(options);
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString(services), storageOptions), storageOptions)
            {
                JobExpirationTimeout = TimeSpan.FromDays(options.HistoryDays),
            };
        });
        builder.Services.AddHangfire((services, hangfire) => hangfire
            .UseLogProvider(new HangfireLogProvider(services.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        builder.Services.AddHostedService<RecurringJobRegistrar>();
        // Whether this node runs a server is decided now, while services can still be added; the validation above
        // stops the node on a wrong value.
        if ((builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions()).Enabled)
        {
            builder.Services.AddSingleton<JobTelemetryFilter>();
            builder.Services.AddHangfireServer((services, server) =>
            {
                var options = services.GetRequiredService<IOptions<JobsOptions>>().Value;
                // This host's filter beside the global ones: GlobalJobFilters is static, shared by every host in the process.
                server.FilterProvider = new JobFilterProviderCollection(
                    JobFilterProviders.Providers, new JobFilterCollection { services.GetRequiredService<JobTelemetryFilter>() });
                if (options.ServerName.Length > 0)
                {
                    server.ServerName = options.ServerName;
                }
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = TimeSpan.FromSeconds(options.SchedulePollingSeconds);
            });
        }
    }

    internal static PostgreSqlStorageOptions StorageOptions(JobsOptions options) => new()
    {
        SchemaName = HangfireSchema.Name,
        PrepareSchemaIfNecessary = false,
        // Renewed while a job runs: a job is taken over only when its node stopped renewing it, i.e. died.
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = TimeSpan.FromSeconds(options.InvisibilityTimeoutSeconds),
        QueuePollInterval = TimeSpan.FromSeconds(options.QueuePollSeconds),
    };

    /// <summary>Alerts to schools for new offers ("Alerts" section): their batches go out as deliveries of kind offer-alerts.</summary>
    private static void AddAlerts(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OfferAlertBatcher>();
        builder.Services.AddTransient<OfferAlertsJob>();
    }

    /// <summary>Report delivery by webhook and e-mail ("Delivery" and "Smtp" sections).</summary>
    private static void AddDelivery(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpSecurityValidation>();
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations()
            // A lease shorter than a send would let a second attempt send the same report while the first is still at it.
            .Validate<IOptions<SmtpOptions>>(
                (delivery, smtp) => delivery.LeaseSeconds > Math.Max(delivery.WebhookTimeoutSeconds, smtp.Value.TimeoutSeconds),
                "Delivery:LeaseSeconds must be longer than Delivery:WebhookTimeoutSeconds and Smtp:TimeoutSeconds.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ReportDeliveryQueue>();
        builder.Services.AddSingleton<DeliveryJobs>();
        builder.Services.AddSingleton<EmailSender>();
        builder.Services.AddHttpClient<WebhookSender>((services, client) =>
                client.Timeout = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<DeliveryOptions>>().Value.WebhookTimeoutSeconds))
            // A redirect is a failed attempt: following it could take the signed report to another host or to plain http.
            // Straight to the receiver, and only to the addresses WebhookAddressPolicy allows, checked when connecting.
            .ConfigurePrimaryHttpMessageHandler(services => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = WebhookAddressPolicy.From(services.GetRequiredService<IOptions<DeliveryOptions>>().Value).ConnectAsync,
            });
        // Transient, like the typed HttpClient it holds, so that the factory can rotate its handlers.
        builder.Services.AddTransient<ReportDeliverer>();
    }
}
