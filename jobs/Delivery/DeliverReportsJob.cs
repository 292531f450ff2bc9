using Matching.Jobs.Runs;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Matching.Jobs.Delivery;

/// <summary>
/// Sends the due report deliveries: every Delivery:PollSeconds (after the previous run finished) and right after
/// each shortfall run. Retries come due by themselves, so polling is what drives the back-off.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DeliverReportsJob(ReportDeliverer deliverer, ILogger<DeliverReportsJob> logger) : IJob
{
    public static readonly JobKey Key = new("delivery", "matching");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var attempts = await deliverer.DeliverDueAsync(cancellationToken);
        if (attempts == 0)
        {
            // Most polls find nothing due; those leave no trace in the job history.
            context.Result = IdleRun.Instance;
            return;
        }
        logger.LogInformation("Report delivery: {Attempts} attempts", attempts);
    }
}
