using System.ComponentModel;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Hangfire;
using Matching.Jobs.Alerts;
using Matching.Jobs.Reports;
using Matching.Jobs.Telemetry;
using Microsoft.Extensions.Logging;

namespace Matching.Jobs.Delivery;

/// <summary>
/// Makes report deliveries, each as its own Hangfire job (<see cref="DeliverAsync"/>): claims the delivery, builds the
/// subscription's report (or reads the school's batch of offer alerts), sends it by its channel and records the outcome. A failed attempt is retried after the
/// back-off of Delivery:BaseDelaySeconds, doubling up to Delivery:MaxDelaySeconds, until Delivery:MaxAttempts.
/// </summary>
public sealed class ReportDeliverer(
    ReportDeliveryQueue queue,
    ShortfallReportBuilder reports,
    OfferAlertBatcher alerts,
    WebhookSender webhooks,
    EmailSender email,
    TimeProvider clock,
    IMeterFactory meters,
    ILogger<ReportDeliverer> logger)
{
    private const int MaxErrorLength = 1000;

    // The deliverer is transient; the meter hands every instance the same counter.
    private readonly Counter<long> _deliveries = meters.Create(MatchingTelemetry.Name).CreateCounter<long>(
        "matching.report.deliveries", "{attempt}",
        "Report delivery attempts by channel and outcome: delivered, retrying (another attempt follows after the back-off) or failed (for good).");

    /// <summary>
    /// The delivery job. It ends when the delivery is made or was made before; it asks Hangfire for a retry at the
    /// back-off time when an attempt failed or another attempt holds the delivery; it fails when the delivery failed for
    /// good, so that the dashboard lists it with the error.
    /// </summary>
    [DisplayName("Report delivery {0}")]
    [DeliveryRetry]
    [AutomaticRetry(Attempts = 10, ExceptOn = [typeof(DeliveryRetryException), typeof(DeliveryFailedException)])]
    public async Task DeliverAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow();
        var attempt = await AttemptAsync(deliveryId, cancellationToken);
        switch (attempt.State)
        {
            case { IsOpen: true } state:
                var wait = (state.NextAttemptAt ?? before) - clock.GetUtcNow();
                throw new DeliveryRetryException(
                    attempt.Attempted ? $"Attempt {state.Attempts} failed: {state.LastError}" : "Another attempt holds the delivery, or its back-off has not passed.",
                    wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
            case { Status: "failed" } state when attempt.Ended:
                throw new DeliveryFailedException(state.LastError ?? "The delivery failed.", permanent: true);
        }
    }

    /// <summary>Makes one attempt at the delivery when it is due, and says what became of it.</summary>
    public async Task<DeliveryAttempt> AttemptAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await queue.ClaimAsync(deliveryId, now, cancellationToken) is not { } delivery)
        {
            var exhausted = await queue.FailExhaustedAsync(deliveryId, now, cancellationToken);
            if (exhausted)
            {
                // The channel is not known here: the delivery was not claimed.
                _deliveries.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
                logger.LogWarning("Delivery {DeliveryId} failed with no attempts left", deliveryId);
            }
            return new DeliveryAttempt(await queue.ReadAsync(deliveryId, cancellationToken), Attempted: false, Ended: exhausted);
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
            var after = await queue.ReadAsync(deliveryId, CancellationToken.None);
            return new DeliveryAttempt(after, Attempted: true, Ended: after is { IsOpen: false });
        }
        _deliveries.Add(1, new("channel", delivery.Channel), new("outcome", "delivered"));
        // Not cancellable: once the report is out, losing this write would send it again when the lease runs out.
        if (await queue.MarkDeliveredAsync(delivery, clock.GetUtcNow(), CancellationToken.None))
        {
            logger.LogInformation("Delivered {What} by {Channel} for subscription {SubscriptionId} (attempt {Attempt})",
                delivery.What, delivery.Channel, delivery.SubscriptionId, delivery.Attempts);
        }
        else
        {
            // Another attempt took the delivery over when the lease ran out, or the subscription was deleted meanwhile.
            logger.LogWarning("Delivered {What} by {Channel} for subscription {SubscriptionId} but lost the claim before recording it",
                delivery.What, delivery.Channel, delivery.SubscriptionId);
        }
        return new DeliveryAttempt(await queue.ReadAsync(deliveryId, CancellationToken.None), Attempted: true, Ended: true);
    }

    private async Task SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.Kind == ClaimedDelivery.OfferAlerts)
        {
            await SendAlertsAsync(delivery, cancellationToken);
            return;
        }
        if (delivery.KeyRevoked)
        {
            throw new DeliveryFailedException("The subscription's API key has been revoked.", permanent: true);
        }
        // A report's row always names its week (a table constraint).
        var report = await reports.BuildAsync(delivery.IsoWeek!.Value, new ShortfallScope(delivery.Regions, delivery.Sectors), cancellationToken)
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

    private async Task SendAlertsAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        var batch = await alerts.ReadAsync(delivery.AlertBatchId!.Value, cancellationToken)
            ?? throw new DeliveryFailedException($"Alert batch {delivery.AlertBatchId} no longer exists.", permanent: true);
        if (batch.Alerts.Count == 0)
        {
            // Every student of the batch was placed or erased after it was made: there is nothing left to tell the school.
            throw new DeliveryFailedException("Nothing left to send: every student of the batch was placed or erased since it was made.", permanent: true);
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(batch, JsonSerializerOptions.Web);
        switch (delivery.Channel)
        {
            case ClaimedDelivery.Webhook when delivery is { WebhookUrl: { } url, WebhookSecret: { } secret }:
                await webhooks.SendAsync(delivery.Id, url, secret, WebhookSender.OfferAlertsEvent, body, cancellationToken);
                break;
            case ClaimedDelivery.EmailChannel when delivery.Email is { } address:
                await email.SendAsync(delivery.Id, address, OfferAlertMail.Subject(batch), OfferAlertMail.Body(batch, body), cancellationToken);
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
        _deliveries.Add(1, new("channel", delivery.Channel), new("outcome", status == "failed" ? "failed" : "retrying"));
        // The error names the failure, never the secret; unexpected exceptions get their stack trace in the log.
        logger.LogWarning(exception is DeliveryFailedException ? null : exception,
            "Sending {What} by {Channel} for subscription {SubscriptionId}, attempt {Attempt}, failed ({Status}): {Error}",
            delivery.What, delivery.Channel, delivery.SubscriptionId, delivery.Attempts, status ?? "claim lost", error);
    }
}
