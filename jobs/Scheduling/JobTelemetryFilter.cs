using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hangfire.Server;
using Matching.Jobs.Delivery;
using Matching.Jobs.Telemetry;

namespace Matching.Jobs.Scheduling;

/// <summary>
/// Times every job run on this node's Hangfire server and records how it ended, and traces the run, so that its queries
/// and webhook calls form one trace. Outcomes: succeeded, failed, retry (a delivery waiting for its back-off) or
/// canceled (the node stopped).
/// </summary>
internal sealed class JobTelemetryFilter(IMeterFactory meters, TimeProvider clock) : IServerFilter
{
    private const string StartedItem = "Matching.Telemetry.Started";
    private const string ActivityItem = "Matching.Telemetry.Activity";

    // From a quick expiry run to a national shortfall run.
    private readonly Histogram<double> _duration = meters.Create(MatchingTelemetry.Name).CreateHistogram(
        "matching.job.duration", "s", "How long a job run took on this node, by job and outcome.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.25, 1, 5, 15, 60, 300, 900, 1800, 3600] });

    public void OnPerforming(PerformingContext context)
    {
        context.Items[StartedItem] = clock.GetTimestamp();
        var job = JobName(context);
        var activity = MatchingTelemetry.Source.StartActivity($"job {job}");
        activity?.SetTag("matching.job", job);
        context.Items[ActivityItem] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        if (!context.Items.TryGetValue(StartedItem, out var started) || started is not long timestamp)
        {
            return;
        }
        var outcome = Outcome(context);
        _duration.Record(clock.GetElapsedTime(timestamp).TotalSeconds, new("job", JobName(context)), new("outcome", outcome));
        if (context.Items.TryGetValue(ActivityItem, out var item) && item is Activity activity)
        {
            activity.SetTag("matching.job.outcome", outcome);
            if (outcome == "failed")
            {
                activity.SetStatus(ActivityStatusCode.Error, Unwrapped(context.Exception)?.GetType().Name);
            }
            activity.Dispose();
        }
    }

    // A recurring job by its schedule name (also when run on demand); a delivery job as report-delivery.
    private static string JobName(PerformContext context) =>
        context.GetJobParameter<string>("RecurringJobId", allowStale: true) is { Length: > 0 } recurring ? recurring
            : context.BackgroundJob.Job?.Type == typeof(ReportDeliverer) ? "report-delivery"
            : context.BackgroundJob.Job?.Type.Name ?? "unknown";

    private static string Outcome(PerformedContext context) => Unwrapped(context.Exception) switch
    {
        null => "succeeded",
        DeliveryRetryException => "retry",
        OperationCanceledException when context.CancellationToken.ShutdownToken.IsCancellationRequested => "canceled",
        _ => "failed",
    };

    // Hangfire wraps what the job threw.
    private static Exception? Unwrapped(Exception? exception) =>
        exception is Hangfire.Server.JobPerformanceException { InnerException: { } inner } ? inner : exception;
}
