using Matching.Jobs.Reports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.Jobs.Delivery;

/// <summary>
/// Sends the due report deliveries: claims one, builds the subscription's report, sends it by its channel and
/// records the outcome. Any number of these may run on any number of nodes; the queue's claim keeps them apart.
/// </summary>
public sealed class ReportDeliverer(
    ReportDeliveryQueue queue,
    ShortfallReportBuilder reports,
    WebhookSender webhooks,
    EmailSender email,
    TimeProvider clock,
    IOptions<DeliveryOptions> options,
    ILogger<ReportDeliverer> logger)
{
    private const int MaxErrorLength = 1000;

    /// <summary>Sends until nothing is due, Delivery:Concurrency at a time; returns how many attempts were made.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var exhausted = await queue.FailExhaustedAsync(clock.GetUtcNow(), cancellationToken);
        if (exhausted > 0)
        {
            logger.LogWarning("{Count} deliveries failed with no attempts left", exhausted);
        }
        var senders = Enumerable.Range(0, Math.Max(1, options.Value.Concurrency)).Select(_ => DrainAsync(cancellationToken));
        return (await Task.WhenAll(senders)).Sum();
    }

    /// <summary>Makes one attempt at the next due delivery; false when none is due.</summary>
    public async Task<bool> DeliverNextAsync(CancellationToken cancellationToken)
    {
        if (await queue.ClaimNextAsync(clock.GetUtcNow(), cancellationToken) is not { } delivery)
        {
            return false;
        }
        try
        {
            await SendAsync(delivery, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: hand the delivery back uncounted rather than wait for its lease to run out.
            await queue.ReleaseAsync(delivery, clock.GetUtcNow(), CancellationToken.None);
            throw;
        }
        catch (Exception exception)
        {
            await RecordFailureAsync(delivery, exception);
            return true;
        }
        // Not cancellable: once the report is out, losing this write would send it again when the lease runs out.
        if (await queue.MarkDeliveredAsync(delivery, clock.GetUtcNow(), CancellationToken.None))
        {
            logger.LogInformation("Delivered the {Week} report by {Channel} for subscription {SubscriptionId} (attempt {Attempt})",
                delivery.IsoWeek, delivery.Channel, delivery.SubscriptionId, delivery.Attempts);
        }
        else
        {
            // Another node took the delivery over when the lease ran out, or the subscription was deleted meanwhile.
            logger.LogWarning("Delivered the {Week} report by {Channel} for subscription {SubscriptionId} but lost the claim before recording it",
                delivery.IsoWeek, delivery.Channel, delivery.SubscriptionId);
        }
        return true;
    }

    private async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var attempts = 0;
        while (await DeliverNextAsync(cancellationToken))
        {
            attempts++;
        }
        return attempts;
    }

    private async Task SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.KeyRevoked)
        {
            throw new DeliveryFailedException("The subscription's API key has been revoked.", permanent: true);
        }
        var report = await reports.BuildAsync(delivery.IsoWeek, new ShortfallScope(delivery.Regions, delivery.Sectors), cancellationToken)
            ?? throw new DeliveryFailedException($"There is no shortfall snapshot for {delivery.IsoWeek}.", permanent: true);
        switch (delivery.Channel)
        {
            case ClaimedDelivery.Webhook when delivery is { WebhookUrl: { } url, WebhookSecret: { } secret }:
                await webhooks.SendAsync(delivery.Id, url, secret, report, cancellationToken);
                break;
            case ClaimedDelivery.EmailChannel when delivery.Email is { } address:
                await email.SendAsync(delivery.Id, address, report, cancellationToken);
                break;
            default:
                throw new DeliveryFailedException($"The subscription no longer has a {delivery.Channel} address.", permanent: true);
        }
    }

    private async Task RecordFailureAsync(ClaimedDelivery delivery, Exception exception)
    {
        var (error, permanent) = exception is DeliveryFailedException failed
            ? (failed.Message, failed.Permanent)
            : ($"{exception.GetType().Name}: {exception.Message}", false);
        if (error.Length > MaxErrorLength)
        {
            error = error[..MaxErrorLength];
        }
        var status = await queue.MarkFailedAttemptAsync(delivery, error, permanent, clock.GetUtcNow(), CancellationToken.None);
        // The error names the failure, never the secret; unexpected exceptions get their stack trace in the log.
        logger.LogWarning(exception is DeliveryFailedException ? null : exception,
            "The {Week} report by {Channel} for subscription {SubscriptionId}, attempt {Attempt}, failed ({Status}): {Error}",
            delivery.IsoWeek, delivery.Channel, delivery.SubscriptionId, delivery.Attempts, status ?? "claim lost", error);
    }
}
