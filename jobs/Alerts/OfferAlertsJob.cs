using System.ComponentModel;
using Hangfire;
using Matching.Jobs.Delivery;
using Microsoft.Extensions.Logging;

namespace Matching.Jobs.Alerts;

/// <summary>
/// Sends schools their alerts. <see cref="BatchAsync"/> batches one school's pending alerts as soon as its interval
/// allows (queued by the alert detector when it stores new ones); the recurring <see cref="RunAsync"/> ("offer-alerts",
/// every minute) batches every school that is due and queues the alert deliveries that have no job, so that an alert
/// stored by a node that died before it could queue the batch still goes out. Each batch's deliveries are then
/// delivery jobs like a report's: claimed, sent once per channel, retried with back-off.
/// </summary>
public sealed class OfferAlertsJob(OfferAlertBatcher batcher, DeliveryJobs deliveries, TimeProvider clock, ILogger<OfferAlertsJob> logger)
{
    [DisplayName("Offer alerts: batch what is due")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var batches = 0;
        foreach (var subscriptionId in await batcher.DueAsync(now, cancellationToken))
        {
            batches += (await BatchOneAsync(subscriptionId, now, cancellationToken)).BatchId is null ? 0 : 1;
        }
        var queued = await deliveries.QueueUnqueuedAsync(null, ClaimedDelivery.OfferAlerts, cancellationToken);
        if (batches > 0 || queued > 0)
        {
            logger.LogInformation("Offer alerts: {Batches} batches made, {Queued} deliveries queued", batches, queued);
        }
    }

    [DisplayName("Offer alerts of subscription {0}")]
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    public async Task BatchAsync(Guid subscriptionId, CancellationToken cancellationToken)
    {
        if ((await BatchOneAsync(subscriptionId, clock.GetUtcNow(), cancellationToken)).BatchId is not null)
        {
            await deliveries.QueueUnqueuedAsync(null, ClaimedDelivery.OfferAlerts, cancellationToken);
        }
    }

    private async Task<AlertBatchOutcome> BatchOneAsync(Guid subscriptionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outcome = await batcher.BatchAsync(subscriptionId, now, cancellationToken);
        if (outcome.BatchId is { } batchId)
        {
            logger.LogInformation("Offer alerts: batch {BatchId} of subscription {SubscriptionId} holds {Alerts} alerts ({Dropped} dropped)",
                batchId, subscriptionId, outcome.Alerts, outcome.Dropped);
        }
        return outcome;
    }
}
