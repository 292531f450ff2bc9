namespace Matching.Api.Scheduling;

/// <summary>A job queued to run now, on whichever node of the cluster picks it up.</summary>
public sealed record JobTriggered(string Name, DateTimeOffset TriggeredAt);
