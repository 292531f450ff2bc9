namespace Matching.Jobs.Recruitment;

/// <summary>A flagged cell's seeking students of one crebo and path who live in one PC4 and travel as far: a count, never who.</summary>
internal sealed record StudentGroup(int Crebo, string LearningPath, double Latitude, double Longitude, int MaxDistanceKm, int Count);
