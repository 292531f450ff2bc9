using System.ComponentModel;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace Matching.Jobs.Delivery;

/// <summary>
/// On demand ("delivery" in GET /v1/jobs): queues a job for every delivery still to be made that has no live one, for
/// instance after its job was deleted from the dashboard or failed on a database outage.
/// </summary>
public sealed class RequeueDeliveriesJob(DeliveryJobs deliveryJobs, ILogger<RequeueDeliveriesJob> logger)
{
    [DisplayName("Queue the open report deliveries")]
    [AutomaticRetry(Attempts = 2, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var queued = await deliveryJobs.QueueUnqueuedAsync(null, cancellationToken);
        logger.LogInformation("Queued {Count} report deliveries that had no job", queued);
    }
}
