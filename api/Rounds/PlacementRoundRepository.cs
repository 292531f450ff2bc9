using System.Text.Json;
using Matching.Api.Data;
using Matching.Api.Http;
using Matching.Jobs.Data;
using Npgsql;
using NpgsqlTypes;

namespace Matching.Api.Rounds;

/// <summary>Placement rounds and their status: every change is one UPDATE guarded by the status it leaves, so two callers never both win.</summary>
internal sealed class PlacementRoundRepository(NpgsqlDataSource dataSource)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Columns = """
        id, name, regions, sectors, start_from, start_until, preferences_deadline, fill_remaining, status, summary, computed_at,
        confirmed_at, version, created_at, updated_at
        """;

    public async Task<PlacementRound?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM placement_rounds WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        return await ReadSingleAsync(command, cancellationToken);
    }

    public async Task<PlacementRound> InsertAsync(Guid createdBy, PlacementRoundRequest request, IReadOnlyList<string> sectors, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO placement_rounds (id, name, regions, sectors, start_from, start_until, preferences_deadline, fill_remaining, created_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Name });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. request.Regions.Distinct(StringComparer.Ordinal)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. sectors.Distinct(StringComparer.Ordinal)] });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = request.StartFrom });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = request.StartUntil });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = request.PreferencesDeadline.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = request.FillRemaining ?? false });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = createdBy });
        return (await ReadSingleAsync(command, cancellationToken))!;
    }

    public Task<Page<PlacementRound>> ListAsync(RoundListQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter().WhereIf("status = {0}", query.Status).WhereIf("{0} = ANY (regions)", query.Region);
        return PagedList.ReadAsync(dataSource, Columns, "placement_rounds", filter, "created_at DESC, id", query, Read, cancellationToken);
    }

    /// <summary>Moves a round from one of <paramref name="from"/> to <paramref name="to"/>; null when it was in none of them (or is gone).</summary>
    public async Task<PlacementRound?> TransitionAsync(Guid id, string[] from, string to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            UPDATE placement_rounds SET status = $3, version = version + 1, updated_at = now(),
                confirmed_at = CASE WHEN $3 = 'confirmed' THEN now() ELSE confirmed_at END
            WHERE id = $1 AND status = ANY ($2)
            RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = from });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = to });
        return await ReadSingleAsync(command, cancellationToken);
    }

    /// <summary>Marks a round proposed with its summary, inside the transaction that stores the proposal; null when the round is no longer open or proposed.</summary>
    public static async Task<PlacementRound?> MarkProposedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, RoundSummary summary, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            UPDATE placement_rounds SET status = 'proposed', summary = $2, computed_at = now(), version = version + 1, updated_at = now()
            WHERE id = $1 AND status IN ('open', 'proposed')
            RETURNING {Columns}
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(summary, Json), NpgsqlDbType = NpgsqlDbType.Jsonb });
        return await ReadSingleAsync(command, cancellationToken);
    }

    private static async Task<PlacementRound?> ReadSingleAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static PlacementRound Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetFieldValue<string[]>(2), r.GetFieldValue<string[]>(3), r.GetFieldValue<DateOnly>(4),
        r.GetFieldValue<DateOnly>(5), r.GetFieldValue<DateTimeOffset>(6), r.GetBoolean(7), r.GetString(8),
        r.IsDBNull(9) ? null : JsonSerializer.Deserialize<RoundSummary>(r.GetString(9), Json),
        r.IsDBNull(10) ? null : r.GetFieldValue<DateTimeOffset>(10), r.IsDBNull(11) ? null : r.GetFieldValue<DateTimeOffset>(11),
        r.GetInt32(12), r.GetFieldValue<DateTimeOffset>(13), r.GetFieldValue<DateTimeOffset>(14));
}
