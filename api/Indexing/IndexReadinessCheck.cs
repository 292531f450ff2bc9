using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matching.Api.Indexing;

/// <summary>Ready only once this node's match indexes have been loaded and are following the change sequence.</summary>
internal sealed class IndexReadinessCheck(IndexSynchronizer synchronizer, MatchIndexes indexes) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(synchronizer.IsCaughtUp
            ? HealthCheckResult.Healthy($"Indexes at change {indexes.AppliedSeq}: {indexes.Offers.Count} offers, {indexes.Students.Count} students.")
            : HealthCheckResult.Unhealthy("The match indexes are loading or not following the change sequence."));
}
