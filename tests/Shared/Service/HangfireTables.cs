using Npgsql;

namespace Matching.Tests.Service;

/// <summary>Reads what Hangfire stored in the service's database (schema "hangfire"), for the scheduler tests.</summary>
internal static class HangfireTables
{
    /// <summary>The background jobs a recurring job created (scheduled or on demand), each with its state.</summary>
    public const string RunsOfShortfall = """
        SELECT j.id, j.statename, t.value AS fire_time
        FROM hangfire.job j
        JOIN hangfire.jobparameter r ON r.jobid = j.id AND r.name = 'RecurringJobId' AND r.value = '"shortfall"'
        LEFT JOIN hangfire.jobparameter t ON t.jobid = j.id AND t.name = 'Time'
        """;

    public static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
    }

    public static async Task<string?> TextAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>Polls until the count reaches <paramref name="atLeast"/>; fails after 60 s with what the job store holds.</summary>
    public static async Task WaitForAsync(string database, string countSql, long atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await ScalarAsync(database, countSql) < atLeast)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for: {countSql} >= {atLeast}. {await DescribeAsync(database)}");
            await Task.Delay(100);
        }
    }

    // The recurring jobs and the background jobs, for a failure message.
    private static async Task<string> DescribeAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT key || ' ' || field || '=' || value FROM hangfire.hash WHERE key LIKE 'recurring-job:%' AND field IN ('Cron', 'NextExecution', 'LastJobId')
            UNION ALL SELECT 'job ' || id || ' ' || coalesce(statename, 'none') FROM hangfire.job
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string> { $"now {DateTimeOffset.UtcNow:O}" };
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
        return string.Join(" | ", lines);
    }
}
