namespace Matching.Jobs;

public sealed record ConfiguredSchedules(IReadOnlyList<ConfiguredSchedule> All);
