namespace Matching.Jobs.Scheduling;

/// <summary>A scheduled job with its last run (null when it never ran) and its next fire time (null when it has none).</summary>
public sealed record ScheduledJobState(ScheduledJob Job, JobRun? LastRun, DateTimeOffset? NextFireTime);
