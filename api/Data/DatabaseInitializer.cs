using Matching.Api.Reference;
using Matching.Jobs.Scheduling;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Api.Data;

/// <summary>
/// Brings the database up to date before the node serves: schema migrations, reference data and Hangfire's
/// schema, all under the migration lock. Waits for a database that is still starting instead of failing the node.
/// </summary>
public sealed class DatabaseInitializer(
    SchemaMigrator migrator, ReferenceDataLoader referenceData, IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(options.Value.StartupTimeoutSeconds);
        while (true)
        {
            try
            {
                await migrator.MigrateAsync(AfterMigrationsAsync, cancellationToken);
                return;
            }
            catch (NpgsqlException exception) when (exception.IsTransient && DateTime.UtcNow < deadline)
            {
                logger.LogWarning("Database not reachable yet ({Message}); retrying", exception.Message);
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    private async Task AfterMigrationsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await referenceData.LoadAsync(connection, cancellationToken);
        HangfireSchema.Install(connection);
    }
}
