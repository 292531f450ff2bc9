using Matching.Api.Indexing;
using Matching.Jobs.Alerts;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Api.Alerts;

/// <summary>
/// Runs <see cref="OfferAlertDetector"/> on this node whenever its indexes have applied changes the alert cursor has not
/// reached, and starts the batches it marks (<see cref="AlertBatchQueue"/>), so that alerts follow an offer's creation
/// within moments. Every node runs it (unless Alerts:DetectorEnabled
/// is off); the cursor's row lock makes one at a time do the work.
/// </summary>
internal sealed class OfferAlertDetectorService(
    OfferAlertDetector detector, AlertBatchQueue batches, IndexSynchronizer synchronizer, MatchIndexes indexes, IOptions<AlertOptions> options, TimeProvider clock,
    ILogger<OfferAlertDetectorService> logger) : BackgroundService
{
    // Checking whether the indexes moved is a read of one number: this often costs nothing and keeps alerts prompt.
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DetectorEnabled)
        {
            return;
        }
        // The cursor as this node last saw it: a pass is worth a transaction only when the indexes are past it.
        var cursor = -1L;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = CheckInterval;
            try
            {
                if (synchronizer.IsCaughtUp && indexes.AppliedSeq > cursor)
                {
                    var pass = await detector.DetectAsync(stoppingToken);
                    if (pass is null)
                    {
                        // Another node is at it; look again when it is likely done.
                        wait = RetryDelay;
                    }
                    else
                    {
                        cursor = pass.Cursor;
                        await batches.StartAsync(pass.Batches, stoppingToken);
                        wait = pass.Changes == OfferAlertDetector.BatchSize ? TimeSpan.Zero : CheckInterval;
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Offer alert detection paused: {Message}", exception.Message);
                wait = RetryDelay;
            }
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
