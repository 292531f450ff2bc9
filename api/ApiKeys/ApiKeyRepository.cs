using Matching.Api.Auth;
using Npgsql;

namespace Matching.Api.ApiKeys;

internal sealed class ApiKeyRepository(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, key_id, name, role, brin, kvk, regions, sectors, created_at, revoked_at";

    public async Task<StoredApiKey?> FindActiveByKeyIdAsync(string keyId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT secret_hash, id, role, brin, kvk, regions, sectors
            FROM api_keys WHERE key_id = $1 AND revoked_at IS NULL
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = keyId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        var caller = new Caller(reader.GetGuid(1).ToString(), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetFieldValue<string[]>(5), reader.GetFieldValue<string[]>(6));
        return new StoredApiKey(reader.GetFieldValue<byte[]>(0), caller);
    }

    public async Task<ApiKey?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM api_keys WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>Stores a new key (and the school it is for, when that is new) and returns it with its secret.</summary>
    public async Task<IssuedApiKey> IssueAsync(ApiKeyRequest request, CancellationToken cancellationToken)
    {
        var (keyId, key) = ApiKeySecret.Generate();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (request.Brin is not null)
        {
            await using var school = new NpgsqlCommand(
                "INSERT INTO schools (brin, name) VALUES ($1, $2) ON CONFLICT (brin) DO NOTHING", connection, transaction);
            school.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Brin });
            school.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.SchoolName ?? $"School {request.Brin}" });
            await school.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var insert = new NpgsqlCommand($"""
            INSERT INTO api_keys (id, key_id, secret_hash, name, role, brin, kvk, regions, sectors)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            RETURNING {Columns}
            """, connection, transaction);
        insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7() });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = keyId });
        insert.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = ApiKeySecret.Hash(key) });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Name });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Role });
        insert.Parameters.Add(new NpgsqlParameter { Value = (object?)request.Brin ?? DBNull.Value });
        insert.Parameters.Add(new NpgsqlParameter { Value = (object?)request.Kvk ?? DBNull.Value });
        insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. request.Regions ?? []] });
        insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. request.Sectors ?? []] });
        ApiKey issued;
        await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            issued = Read(reader);
        }
        await transaction.CommitAsync(cancellationToken);
        return new IssuedApiKey(key, issued);
    }

    public async Task<(IReadOnlyList<ApiKey> Items, long Total)> ListAsync(int limit, int offset, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns}, count(*) OVER () FROM api_keys ORDER BY created_at, id LIMIT $1 OFFSET $2
            """);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = offset });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<ApiKey>();
        long total = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(Read(reader));
            total = reader.GetInt64(10);
        }
        return (items, total == 0 && offset > 0 ? await CountAsync(cancellationToken) : total);
    }

    /// <summary>Revokes a key; false when there is no such key. Revoking twice keeps the first time.</summary>
    public async Task<ApiKey?> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM api_keys");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static ApiKey Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5),
        r.GetFieldValue<string[]>(6), r.GetFieldValue<string[]>(7), r.GetFieldValue<DateTimeOffset>(8),
        r.IsDBNull(9) ? null : r.GetFieldValue<DateTimeOffset>(9));
}
