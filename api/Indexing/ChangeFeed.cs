using Npgsql;

namespace Matching.Api.Indexing;

/// <summary>Reads the change sequence (the transactional outbox) in order.</summary>
internal sealed class ChangeFeed(NpgsqlDataSource dataSource)
{
    public const string Channel = "matching_changes";

    public async Task<long> LatestSeqAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(seq), 0) FROM changes");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The change numbered <paramref name="seq"/>; null when the sequence has no such change (any more).</summary>
    public async Task<ChangeAnchor?> AnchorAsync(long seq, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT entity_id, changed_at FROM changes WHERE seq = $1");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = seq });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new ChangeAnchor(seq, reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1)) : null;
    }

    public async Task<IReadOnlyList<Change>> ReadAfterAsync(long seq, int max, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT seq, entity, entity_id, operation, related_id FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = seq });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<Change>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new Change(reader.GetInt64(0), reader.GetString(1), reader.GetGuid(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetGuid(4)));
        }
        return changes;
    }
}
