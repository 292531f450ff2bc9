using Matching.Tests;
using Matching.Tests.Service;
using Npgsql;

namespace Matching.Jobs.Tests.Infrastructure;

/// <summary>A fresh migrated database per test; the test inserts its rows with SQL and runs the jobs' SQL on them.</summary>
public abstract class DatabaseTest(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    protected NpgsqlDataSource Database { get; private set; } = null!;

    internal TestRows Rows { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = NpgsqlDataSource.Create(await postgres.CreateMigratedDatabaseAsync());
        Rows = new TestRows(Database);
        await ArrangeAsync();
    }

    public async Task DisposeAsync()
    {
        var connectionString = Database.ConnectionString;
        await Database.DisposeAsync();
        await postgres.DropDatabaseAsync(connectionString);
    }

    /// <summary>The rows every test of the class starts from.</summary>
    protected virtual Task ArrangeAsync() => Task.CompletedTask;
}
