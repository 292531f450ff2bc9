namespace Matching.Jobs.Scheduling;

/// <summary>A job the service runs on a schedule and on demand. Its name is also its Hangfire recurring-job id.</summary>
public sealed record ScheduledJob(string Name, string Description);
