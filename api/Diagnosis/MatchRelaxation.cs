using System.ComponentModel;

namespace Matching.Api.Diagnosis;

/// <summary>One change to a student that would make more offers eligible, at its nearest step that does.</summary>
public sealed record MatchRelaxation(
    [property: Description("distance, later_availability, learning_path or successor.")] string Kind,
    [property: Description("The offers that are not eligible now and would be with this change alone (0: none at the furthest step, which the other fields then name).")] int Count,
    [property: Description("The same for people.")] string Message,
    [property: Description("distance: the maximum distance in km that gives them.")] int? MaxDistanceKm = null,
    [property: Description("later_availability: how many weeks later the student's availability would end.")] int? WeeksLater = null,
    [property: Description("later_availability: the availableUntil that gives them.")] DateOnly? AvailableUntil = null,
    [property: Description("learning_path: the other learning path.")] string? LearningPath = null,
    [property: Description("successor: the crebo SBB renumbered the student's qualification to.")] int? Crebo = null,
    [property: Description("successor: its name.")] string? QualificationName = null);
