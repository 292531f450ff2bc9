using Matching.Api.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matching.Api.Health;

internal sealed class DatabaseHealthCheck(SchemaMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var expected = SchemaMigrator.Migrations[^1].Version;
            var current = await migrator.CurrentVersionAsync(cancellationToken);
            return current >= expected
                ? HealthCheckResult.Healthy($"Schema version {current}.")
                : HealthCheckResult.Unhealthy($"Schema version {current}; this node expects {expected}.");
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database is not reachable.");
        }
    }
}
