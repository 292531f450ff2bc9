using Quartz;

namespace Matching.Jobs;

/// <summary>A cron trigger as configuration says it should be.</summary>
public sealed record ConfiguredSchedule(TriggerKey Key, string Cron, TimeZoneInfo TimeZone);
