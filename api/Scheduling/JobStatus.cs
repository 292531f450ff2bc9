using System.ComponentModel;

namespace Matching.Api.Scheduling;

/// <summary>A scheduled job: its last run and its next fire time (null when it has no trigger left).</summary>
public sealed record JobStatus(
    string Name,
    string Description,
    DateTimeOffset? LastStartedAt,
    DateTimeOffset? LastFinishedAt,
    [property: Description("succeeded, failed, or running; null when it never ran.")] string? LastOutcome,
    string? LastError,
    long? LastDurationMs,
    DateTimeOffset? NextFireTime);
