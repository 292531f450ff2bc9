namespace Matching.Demo;

/// <summary>One week of the demo's history: the rows registered since the week before, and the day and time its snapshot is computed for.</summary>
internal sealed record DemoHistoryWeek(DateOnly Day, DateTimeOffset ComputedAt, DemoDataset Batch);
