using System.Collections.Concurrent;
using Matching.Api.Data;
using Matching.Api.Reference;
using Matching.Tests;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Matching.Jobs.Tests.Infrastructure;

/// <summary>
/// A database per test with the service's schema and reference data: the API's own migrations and reference data
/// loader fill one template database per server, once, and each test gets a copy of it (CREATE DATABASE ... TEMPLATE),
/// which takes a fraction of loading the reference data again.
/// </summary>
internal static class MigratedDatabase
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Templates = new();

    public static async Task<string> CreateAsync(PostgresServer postgres)
    {
        var template = await Templates.GetOrAdd(postgres.AdminConnectionString, _ => new(() => MigrateTemplateAsync(postgres))).Value;
        var name = $"test_{Guid.NewGuid():N}";
        await using (var admin = NpgsqlDataSource.Create(postgres.AdminConnectionString))
        await using (var command = admin.CreateCommand($"CREATE DATABASE {name} TEMPLATE {template}"))
        {
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(postgres.AdminConnectionString) { Database = name, IncludeErrorDetail = true }.ConnectionString;
    }

    private static async Task<string> MigrateTemplateAsync(PostgresServer postgres)
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        // Disposing the data source closes its connections: a database with sessions cannot serve as a template.
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            var referenceData = new ReferenceDataLoader(ReferenceDataSet.LoadEmbedded(), NullLogger<ReferenceDataLoader>.Instance);
            await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync(referenceData.LoadAsync, CancellationToken.None);
        }
        return new NpgsqlConnectionStringBuilder(connectionString).Database!;
    }
}
