using Hangfire;
using Matching.Jobs.Alerts;
using Npgsql;

namespace Matching.Api.Alerts;

/// <summary>
/// Starts the batches the detector marked, after its commit: one due now is made at once (a Hangfire hop less before the
/// webhook; making it queues its delivery jobs), a later one becomes a scheduled job. Whatever is lost here (the node
/// stops, the job store is down) the minutely "offer-alerts" job makes up.
/// </summary>
internal sealed class AlertBatchQueue(OfferAlertsJob batches, IBackgroundJobClient jobs, TimeProvider clock, ILogger<AlertBatchQueue> logger)
{
    public async Task StartAsync(IReadOnlyList<DueBatch> due, CancellationToken cancellationToken)
    {
        foreach (var (id, at) in due)
        {
            try
            {
                if (at <= clock.GetUtcNow())
                {
                    await batches.BatchAsync(id, cancellationToken);
                }
                else
                {
                    jobs.Schedule<OfferAlertsJob>(job => job.BatchAsync(id, CancellationToken.None), at);
                }
            }
            // Hangfire wraps what its store threw (the database gone, say) in a BackgroundJobClientException.
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException or BackgroundJobClientException)
            {
                logger.LogWarning("Offer alerts: the batch of subscription {SubscriptionId} could not be started ({Message}); the offer-alerts job will make it",
                    id, exception.Message);
            }
        }
    }
}
