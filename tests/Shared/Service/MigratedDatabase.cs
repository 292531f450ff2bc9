using System.Collections.Concurrent;
using Matching.Api.Data;
using Matching.Api.Reference;
using Matching.Jobs.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Matching.Tests.Service;

/// <summary>
/// A database per test as the service's start-up leaves an empty one (schema migrations, reference data, Hangfire's
/// schema; no demo data): one template per server is filled once by the service's own migrator and loader, and each
/// test gets a copy (CREATE DATABASE ... TEMPLATE), which takes a fraction of migrating and loading again. A service
/// starting on a copy finds nothing to do (MigrationTests checks it).
/// </summary>
public static class MigratedDatabase
{
    // Per server, by its admin connection string: the fixtures of a test run are many handles on one cluster.
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Templates = new(StringComparer.Ordinal);

    /// <summary>A new database with the service's schema and reference data; its connection string.</summary>
    public static async Task<string> CreateMigratedDatabaseAsync(this PostgresServer postgres)
    {
        var template = await Templates.GetOrAdd(postgres.AdminConnectionString, _ => new(() => FillTemplateAsync(postgres))).Value;
        return await postgres.CreateDatabaseAsync(template);
    }

    private static async Task<string> FillTemplateAsync(PostgresServer postgres)
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        // Disposing the data source closes its connections: a database with a session open cannot be copied.
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            var referenceData = new ReferenceDataLoader(ReferenceDataSet.Embedded, NullLogger<ReferenceDataLoader>.Instance);
            // What DatabaseInitializer does after the migrations, without the demo.
            await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync(async (connection, cancellationToken) =>
            {
                await referenceData.LoadAsync(connection, cancellationToken);
                HangfireSchema.Install(connection);
            }, CancellationToken.None);
        }
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        // No session may ever open on it (a test's or autovacuum's), or the next copy would fail.
        await using (var admin = new NpgsqlConnection(postgres.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var close = new NpgsqlCommand($"ALTER DATABASE {name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false", admin);
            await close.ExecuteNonQueryAsync();
        }
        return name;
    }
}
