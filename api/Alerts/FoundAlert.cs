namespace Matching.Api.Alerts;

/// <summary>An alert the detector found: the offer is at <paramref name="Rank"/> among the student's matches.</summary>
internal sealed record FoundAlert(Guid StudentId, Guid OfferId, Guid SubscriptionId, int Rank, float Score, double DistanceKm);
