namespace Matching.Jobs.Scheduling;

/// <summary>
/// The last run of a scheduled job as Hangfire recorded it. Outcome is succeeded, failed, or running (queued, running
/// or waiting for a retry); a run deleted from the dashboard counts as failed.
/// </summary>
public sealed record JobRun(DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Outcome, string? Error, long? DurationMs);
