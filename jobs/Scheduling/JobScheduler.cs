using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;

namespace Matching.Jobs.Scheduling;

/// <summary>The scheduled jobs as Hangfire holds them: their last run and next fire time, and running one now.</summary>
public sealed class JobScheduler(JobStorage storage, IRecurringJobManagerV2 recurringJobs, TimeProvider clock)
{
    public IReadOnlyList<ScheduledJobState> States()
    {
        using var connection = storage.GetConnection();
        var stored = connection.GetRecurringJobs([.. ScheduledJobs.All.Select(job => job.Name)]).ToDictionary(job => job.Id);
        var monitoring = storage.GetMonitoringApi();
        return
        [
            .. ScheduledJobs.All.Select(job => stored.GetValueOrDefault(job.Name) is { } recurring
                ? new ScheduledJobState(job, LastRun(monitoring, recurring), Utc(recurring.NextExecution))
                : new ScheduledJobState(job, null, null)),
        ];
    }

    /// <summary>Queues a run now, on whichever node takes it; null when the job is not stored yet (no node has started).</summary>
    public DateTimeOffset? Trigger(ScheduledJob job)
    {
        var queuedAt = clock.GetUtcNow();
        return recurringJobs.TriggerJob(job.Name) is null ? null : queuedAt;
    }

    private static JobRun? LastRun(IMonitoringApi monitoring, RecurringJobDto recurring)
    {
        if (recurring.LastJobId is not { } id || monitoring.JobDetails(id) is not { } details)
        {
            // Never ran, or its record has expired (Jobs:HistoryDays): what the recurring job itself remembers.
            return recurring.LastExecution is { } last ? new JobRun(Utc(last)!.Value, null, Outcome(recurring.LastJobState), null, null) : null;
        }
        // Newest state first.
        var current = details.History.FirstOrDefault();
        var started = details.History.FirstOrDefault(state => state.StateName == "Processing")?.CreatedAt ?? details.CreatedAt ?? DateTime.UtcNow;
        var outcome = Outcome(current?.StateName);
        DateTimeOffset? finished = outcome == "running" ? null : Utc(current!.CreatedAt);
        var error = current?.StateName is "Failed" ? Value(current, "ExceptionMessage")
            : current?.StateName is "Deleted" ? current.Reason ?? "Deleted." : null;
        long? duration = Value(current, "PerformanceDuration") is { } performed && long.TryParse(performed, out var ms) ? ms
            : finished is { } end ? (long)(end - Utc(started)!.Value).TotalMilliseconds : (long?)null;
        return new JobRun(Utc(started)!.Value, finished, outcome, error, duration);
    }

    private static string? Value(StateHistoryDto? state, string key) =>
        state?.Data is { } data && data.TryGetValue(key, out var value) ? value : null;

    private static string Outcome(string? state) => state switch
    {
        "Succeeded" => "succeeded",
        "Failed" or "Deleted" => "failed",
        _ => "running",
    };

    private static DateTimeOffset? Utc(DateTime? time) =>
        time is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
