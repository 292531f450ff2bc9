using System.Text.Json;
using Matching.Api.Tests.Infrastructure;
using Matching.Tests;
using Matching.Tests.Service;
using Npgsql;

namespace Matching.Api.Tests;

// run.sh runs the demo's seed command on every start, on the database of the last run: only the first may load the demo.
public sealed class DemoSeedCommandTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly string[] Tables = ["schools", "students", "companies", "accreditations", "offers", "shortfall_snapshots", "api_keys", "changes"];

    [Fact]
    public async Task A_second_seed_loads_nothing_and_keeps_the_keys_file()
    {
        var folder = Directory.CreateTempSubdirectory("matching-seed-").FullName;
        try
        {
            var database = await postgres.CreateDatabaseAsync();
            var keysFile = Path.Combine(folder, "demo-keys.json");
            await DemoSeed.SeedAsync(database, keysFile);
            var seeded = await CountRowsAsync(database);
            var keys = await File.ReadAllTextAsync(keysFile);

            await DemoSeed.SeedAsync(database, keysFile);

            Assert.Equal(seeded, await CountRowsAsync(database));
            Assert.Equal(keys, await File.ReadAllTextAsync(keysFile));
            Assert.All(seeded.Where(table => table.Key != "api_keys"), table => Assert.True(table.Value > 0, $"{table.Key} is empty"));
            var issued = JsonSerializer.Deserialize<Dictionary<string, string>>(keys)!;
            Assert.Equal(["admin", "company", "coordinator", "school"], issued.Keys.Order());
            Assert.Equal(MatchingApiFactory.AdminKey, issued["admin"]);
            Assert.Equal(3, seeded["api_keys"]); // the admin's is the bootstrap key, which is not stored
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_seed_without_the_keys_file_issues_new_keys_on_the_seeded_database()
    {
        var folder = Directory.CreateTempSubdirectory("matching-seed-").FullName;
        try
        {
            var database = await postgres.CreateDatabaseAsync();
            var keysFile = Path.Combine(folder, "demo-keys.json");
            await DemoSeed.SeedAsync(database, keysFile);
            var lost = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(keysFile))!;
            File.Delete(keysFile);
            var seeded = await CountRowsAsync(database);

            await DemoSeed.SeedAsync(database, keysFile);

            var issued = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(keysFile))!;
            Assert.NotEqual(lost["school"], issued["school"]);
            var now = await CountRowsAsync(database);
            Assert.Equal(seeded["students"], now["students"]);
            Assert.Equal(seeded["offers"], now["offers"]);
            Assert.Equal(seeded["api_keys"] + 3, now["api_keys"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Dictionary<string, long>> CountRowsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }
        return counts;
    }
}
