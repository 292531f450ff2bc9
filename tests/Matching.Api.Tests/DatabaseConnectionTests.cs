using Matching.Api.Students;
using Matching.Tests.Service;
using Matching.Tests;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matching.Api.Tests;

// The service's connection settings: a statement run on every request is prepared once per connection, and the
// connection keeps it when it goes back to the pool, so PostgreSQL does not parse and plan it again.
public sealed class DatabaseConnectionTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task A_pooled_connection_keeps_the_statements_it_prepared_between_requests()
    {
        var configured = new NpgsqlConnectionStringBuilder(App.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString)
        {
            MaxPoolSize = 1,
        };
        await using var dataSource = NpgsqlDataSource.Create(configured.ConnectionString);
        var students = new StudentRepository(dataSource);
        for (var request = 0; request < 10; request++)
        {
            Assert.Null(await students.FindAsync(Guid.NewGuid(), CancellationToken.None));
        }

        await using var connection = await dataSource.OpenConnectionAsync();
        await using var prepared = new NpgsqlCommand(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%FROM students WHERE id = $1'", connection);
        Assert.Equal(1L, await prepared.ExecuteScalarAsync());
    }
}
