using Matching.Api.Data;
using Matching.Tests.Service;
using Matching.Tests;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matching.Api.Tests;

public sealed class MigrationTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Migrations_applied_twice_change_nothing_the_second_time()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using (var first = new MatchingApiFactory(connectionString))
        {
            first.CreateClient();
        }
        var before = await SnapshotAsync(connectionString);

        await using (var second = new MatchingApiFactory(connectionString))
        {
            second.CreateClient();
        }

        Assert.Equal(before, await SnapshotAsync(connectionString));
        Assert.Equal(SchemaMigrator.Migrations.Count, before.Migrations);
    }

    [Fact]
    public async Task Two_nodes_starting_together_on_an_empty_database_both_come_up_with_one_schema()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var nodeA = new MatchingApiFactory(connectionString);
        await using var nodeB = new MatchingApiFactory(connectionString);

        await Task.WhenAll(Task.Run(nodeA.WaitUntilReadyAsync), Task.Run(nodeB.WaitUntilReadyAsync));

        var snapshot = await SnapshotAsync(connectionString);
        Assert.Equal(SchemaMigrator.Migrations.Count, snapshot.Migrations);
        Assert.Equal(4064, snapshot.Postcodes);
    }

    [Fact]
    public async Task Two_migrators_racing_in_process_apply_each_script_once()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var app = new MatchingApiFactory(connectionString);
        var migrator = app.Services.GetRequiredService<SchemaMigrator>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var reset = new NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public", connection);
            await reset.ExecuteNonQueryAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => migrator.MigrateAsync((_, _) => Task.CompletedTask, CancellationToken.None))));

        Assert.Equal(SchemaMigrator.Migrations[^1].Version, await migrator.CurrentVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_node_starting_on_a_copy_of_the_tests_migrated_template_finds_nothing_to_do()
    {
        var connectionString = await postgres.CreateMigratedDatabaseAsync();
        var before = await SnapshotAsync(connectionString);

        await using (var app = new MatchingApiFactory(connectionString))
        {
            await app.WaitUntilReadyAsync();
        }

        // The same reference data load time: the loader found its fingerprint and loaded nothing.
        Assert.Equal(before, await SnapshotAsync(connectionString));
        Assert.Equal(SchemaMigrator.Migrations.Count, before.Migrations);
    }

    [Fact]
    public void The_migrations_are_numbered_from_one_without_a_gap_or_a_number_used_twice()
    {
        var versions = SchemaMigrator.Migrations.Select(m => m.Version);

        Assert.Equal(Enumerable.Range(1, SchemaMigrator.Migrations.Count), versions);
    }

    private static async Task<Snapshot> SnapshotAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM schema_migrations), (SELECT count(*) FROM postcodes), (SELECT count(*) FROM qualifications),
                   (SELECT loaded_at FROM reference_data_version), (SELECT max(version) FROM hangfire.schema)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Snapshot(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetDateTime(3), reader.GetInt32(4));
    }

    private sealed record Snapshot(long Migrations, long Postcodes, long Qualifications, DateTime ReferenceLoadedAt, int HangfireSchemaVersion);
}
