using System.ComponentModel.DataAnnotations;

namespace Matching.Jobs;

/// <summary>The "Jobs" configuration section: the schedules, the shortfall rule and this node's Hangfire server.</summary>
public sealed class JobsOptions : IValidatableObject
{
    public const string Section = "Jobs";

    /// <summary>Whether this node runs a Hangfire server (processes jobs); every node can still queue them.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The weekly shortfall run, a cron expression (five fields, or six with seconds first) in <see cref="TimeZone"/>.</summary>
    public string ShortfallCron { get; set; } = "0 6 * * 1";

    /// <summary>The daily expiry of offers and placements past their end date.</summary>
    public string ExpiryCron { get; set; } = "30 2 * * *";

    /// <summary>The daily retention run (see the "Retention" section for its periods), after the expiry.</summary>
    public string RetentionCron { get; set; } = "0 3 * * *";

    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>A cell is flagged when demand minus supply is at least this...</summary>
    public int ShortfallThreshold { get; set; } = 5;

    /// <summary>...and supply covers less than this share of demand.</summary>
    public double CoverageRatio { get; set; } = 0.8;

    /// <summary>How many start months ahead the shortfall job looks, this month included.</summary>
    public int MonthsAhead { get; set; } = 6;

    /// <summary>This node's Hangfire server name (shown in the dashboard); empty: the host name.</summary>
    public string ServerName { get; set; } = "";

    /// <summary>How many jobs this node runs at a time.</summary>
    public int WorkerCount { get; set; } = 4;

    /// <summary>
    /// How long a job fetched by a node stays invisible to the others. The node renews it while the job runs (a sliding
    /// timeout), so a long run is never taken twice; when the node dies, another takes the job over after this long.
    /// </summary>
    public double InvisibilityTimeoutSeconds { get; set; } = 300;

    /// <summary>How often a node looks for recurring jobs that are due and for retries whose delay has passed.</summary>
    public double SchedulePollingSeconds { get; set; } = 15;

    /// <summary>The longest wait for a job queued on another node to be noticed (new jobs are also announced at once).</summary>
    public double QueuePollSeconds { get; set; } = 5;

    /// <summary>
    /// How long a finished job's record (its states, duration and error) is kept: long enough for GET /v1/jobs and the
    /// dashboard to show the last weekly run until the next one.
    /// </summary>
    public int HistoryDays { get; set; } = 14;

    /// <summary>Start-up check of the values a typo would break silently; the cron expressions are checked by Hangfire.</summary>
    public IEnumerable<string> Problems()
    {
        if (ShortfallThreshold < 0)
        {
            yield return "Jobs:ShortfallThreshold must not be negative.";
        }
        if (CoverageRatio is < 0 or > 1)
        {
            yield return "Jobs:CoverageRatio must be between 0 and 1.";
        }
        if (MonthsAhead is < 1 or > 24)
        {
            yield return "Jobs:MonthsAhead must be between 1 and 24.";
        }
        if (WorkerCount < 1)
        {
            yield return "Jobs:WorkerCount must be at least 1.";
        }
        if (InvisibilityTimeoutSeconds < 1 || SchedulePollingSeconds <= 0 || QueuePollSeconds <= 0)
        {
            yield return "Jobs:InvisibilityTimeoutSeconds must be at least 1, and Jobs:SchedulePollingSeconds and Jobs:QueuePollSeconds positive.";
        }
        if (HistoryDays < 1)
        {
            yield return "Jobs:HistoryDays must be at least 1.";
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return $"Jobs:TimeZone '{TimeZone}' is not a known time zone.";
        }
    }

    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext) =>
        Problems().Select(problem => new ValidationResult(problem));
}
