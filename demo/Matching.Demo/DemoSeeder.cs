using System.Text.Json;
using Matching.Api.ApiKeys;
using Matching.Api.Auth;
using Matching.Api.Reference;
using Matching.Jobs;
using Matching.Jobs.Shortfalls;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Matching.Demo;

/// <summary>
/// Loads the Rotterdam-Rijnmond demo dataset into an empty database with twelve weeks of shortfall history
/// (<see cref="DemoHistory"/>), and writes one demo API key per role to Demo:KeysFile when that file does not exist yet.
/// </summary>
internal sealed class DemoSeeder(
    ReferenceDataSet reference, ShortfallCalculator shortfalls, IOptions<JobsOptions> jobs, IConfiguration configuration, TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using (var check = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM schools)", connection))
        {
            if (!(bool)(await check.ExecuteScalarAsync(cancellationToken))!)
            {
                await LoadAsync(connection, cancellationToken);
            }
        }
        if (configuration["Demo:KeysFile"] is { Length: > 0 } keysFile && !File.Exists(keysFile))
        {
            await WriteKeysAsync(connection, keysFile, cancellationToken);
        }
    }

    // One transaction for the data and its history: a seed stopped halfway leaves an empty database, which the next run seeds again.
    private async Task LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var options = new DemoOptions { Today = DateOnly.FromDateTime(now.UtcDateTime) };
        var dataset = DemoExamplePair.AddTo(DemoDataGenerator.Generate(reference, options), reference, options.Today);
        var history = DemoHistory.Plan(dataset, now, TimeZoneInfo.FindSystemTimeZoneById(jobs.Value.TimeZone), options.Seed);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var week in history)
        {
            await DemoDatasetWriter.WriteAsync(connection, week.Batch, cancellationToken);
            await shortfalls.ComputeAsync(connection, transaction, week.Day, week.ComputedAt, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Loaded the demo dataset: {Students} students, {Companies} companies, {Offers} offers, shortfall snapshots {First} to {Last}",
            dataset.Students.Count, dataset.Companies.Count, dataset.Offers.Count, IsoWeek.Of(history[0].Day), IsoWeek.Of(history[^1].Day));
    }

    private async Task WriteKeysAsync(NpgsqlConnection connection, string keysFile, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (brin, kvk) = await FirstSchoolAndCompanyAsync(connection, today, cancellationToken);
        var keys = new Dictionary<string, string>
        {
            ["admin"] = configuration["Auth:BootstrapAdminKey"] is { Length: > 0 } bootstrap
                ? bootstrap
                : await IssueAsync(connection, "Demo admin", Roles.Admin, null, null, [], cancellationToken),
            ["school"] = await IssueAsync(connection, "Demo school portal", Roles.School, brin, null, [], cancellationToken),
            ["company"] = await IssueAsync(connection, "Demo leerbedrijf", Roles.Company, null, kvk, [], cancellationToken),
            ["coordinator"] = await IssueAsync(connection, "Demo coordinator Rijnmond", Roles.Coordinator, null, null, ["rijnmond"], cancellationToken),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(keysFile))!);
        await File.WriteAllTextAsync(keysFile, JsonSerializer.Serialize(keys, new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keysFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        logger.LogInformation("Wrote the demo API keys (school {Brin}, company {Kvk}, coordinator Rijnmond) to {File}", brin, kvk, keysFile);
    }

    // The school with the most seeking students; the company nearest the walkthrough's PC4 that is accredited for its crebo
    // for at least a year more and has offers of its own (for the candidates example), else the first with offers.
    private static async Task<(string Brin, string Kvk)> FirstSchoolAndCompanyAsync(
        NpgsqlConnection connection, DateOnly today, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT school_brin FROM students WHERE status = 'seeking' GROUP BY school_brin ORDER BY count(*) DESC, school_brin LIMIT 1),
                   coalesce(
                       (SELECT c.kvk FROM companies c
                        JOIN accreditations a ON a.company_id = c.id AND a.crebo = $1 AND a.learning_path = $2
                            AND a.valid_from <= $4 AND (a.valid_until IS NULL OR a.valid_until >= $4 + 365)
                        JOIN postcodes p ON p.code = c.pc4
                        CROSS JOIN (SELECT latitude, longitude FROM postcodes WHERE code = $3) home
                        WHERE EXISTS (SELECT 1 FROM offers o WHERE o.company_id = c.id)
                        ORDER BY power(p.latitude - home.latitude, 2) + power((p.longitude - home.longitude) * cos(radians(home.latitude)), 2), c.kvk
                        LIMIT 1),
                       (SELECT c.kvk FROM companies c WHERE EXISTS (SELECT 1 FROM offers o WHERE o.company_id = c.id) ORDER BY c.kvk LIMIT 1))
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = DemoWalkthrough.Crebo });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = DemoWalkthrough.LearningPath });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = DemoWalkthrough.Pc4 });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = today });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetString(0), reader.GetString(1));
    }

    private static async Task<string> IssueAsync(
        NpgsqlConnection connection, string name, string role, string? brin, string? kvk, string[] regions, CancellationToken cancellationToken)
    {
        var (keyId, key) = ApiKeySecret.Generate();
        await using var command = new NpgsqlCommand("""
            INSERT INTO api_keys (id, key_id, secret_hash, name, role, brin, kvk, regions) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = keyId });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = ApiKeySecret.Hash(key) });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = role });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)brin ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)kvk ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = regions });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return key;
    }
}
