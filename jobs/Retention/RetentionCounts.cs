namespace Matching.Jobs.Retention;

/// <summary>What one retention run erased and deleted. Hangfire keeps it with the run (the Succeeded state's result).</summary>
public sealed record RetentionCounts(int Students, int Placements, int AuditRows, int Deliveries);
