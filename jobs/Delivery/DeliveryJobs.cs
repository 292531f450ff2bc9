using Hangfire;
using Hangfire.States;

namespace Matching.Jobs.Delivery;

/// <summary>Queues a Hangfire job for each delivery still to be made that has no live job.</summary>
public sealed class DeliveryJobs(ReportDeliveryQueue queue, IBackgroundJobClient jobs, JobStorage storage)
{
    /// <summary>Queues a job for the open deliveries of a week (or of every week) that have none; returns how many.</summary>
    public Task<int> QueueUnqueuedAsync(IsoWeek? isoWeek, CancellationToken cancellationToken) => QueueUnqueuedAsync(isoWeek, null, cancellationToken);

    /// <summary>Queues a job for the open deliveries (of a week and a kind, when given) that have none; returns how many.</summary>
    public async Task<int> QueueUnqueuedAsync(IsoWeek? isoWeek, string? kind, CancellationToken cancellationToken)
    {
        var open = await queue.OpenAsync(isoWeek, kind, cancellationToken);
        var queued = 0;
        using var connection = storage.GetConnection();
        foreach (var (id, jobId) in open)
        {
            if (jobId is not null && IsLive(connection.GetJobData(jobId)?.State))
            {
                continue;
            }
            await queue.SetJobAsync(id, jobs.Enqueue<ReportDeliverer>(deliverer => deliverer.DeliverAsync(id, CancellationToken.None)), cancellationToken);
            queued++;
        }
        return queued;
    }

    // A job that is queued, running or waiting for its retry will make the delivery; one that ended (or whose record
    // expired) will not.
    private static bool IsLive(string? state) =>
        state is not null && state != SucceededState.StateName && state != FailedState.StateName && state != DeletedState.StateName;
}
