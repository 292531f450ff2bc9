using Microsoft.Extensions.Options;

namespace Matching.Api.Idempotency;

/// <summary>Deletes expired idempotency records every Idempotency:CleanupIntervalMinutes (60) on every node; the delete is cheap and idempotent.</summary>
internal sealed class IdempotencyCleanupService(IdempotencyStore store, IOptions<IdempotencyOptions> options, ILogger<IdempotencyCleanupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await store.DeleteExpiredAsync(stoppingToken);
                logger.LogInformation("Deleted {Count} expired idempotency records", deleted);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again; an unreachable database must not stop the node.
                logger.LogWarning("Idempotency cleanup failed: {Error}", exception.GetType().Name);
            }
        }
    }
}
