using Quartz;

namespace Matching.Jobs;

/// <summary>
/// Creates Quartz's own tables from its embedded DDL (ProvisionSchema). The service calls it while
/// it holds the migration advisory lock, so nodes starting together do not race to create them.
/// </summary>
public static class QuartzSchema
{
    public static async Task ProvisionAsync(string connectionString, CancellationToken cancellationToken)
    {
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            // A name of its own, so this short-lived scheduler never joins the service's cluster.
            q.ConfigureScheduler(scheduler => scheduler.InstanceName = $"schema-{Guid.NewGuid():N}");
            q.UsePersistentStore(store =>
            {
                JobsSetup.ConfigureStore(store, connectionString, TimeSpan.FromSeconds(new JobsOptions().ClusterCheckinSeconds));
                store.ProvisionSchema();
            });
        }).BuildScheduler(cancellationToken);
        await scheduler.Shutdown(waitForJobsToComplete: false, cancellationToken);
    }
}
