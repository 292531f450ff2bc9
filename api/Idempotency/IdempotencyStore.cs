using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Matching.Api.Idempotency;

/// <summary>The idempotency_requests table: claim a key, complete it with the response, or release it.</summary>
internal sealed class IdempotencyStore(NpgsqlDataSource dataSource, IOptions<IdempotencyOptions> options)
{
    private readonly TimeSpan _retention = options.Value.Retention;
    private readonly TimeSpan _lease = options.Value.Lease;

    /// <summary>
    /// Inserts a pending row for the key, or takes over one that expired or whose executing node
    /// outlived its lease; otherwise reports what the existing row holds.
    /// </summary>
    public async Task<IdempotencyClaim> ClaimAsync(string scope, string key, byte[] fingerprint, CancellationToken cancellationToken)
    {
        await using (var claim = dataSource.CreateCommand("""
            INSERT INTO idempotency_requests AS r (scope, idempotency_key, fingerprint, status, expires_at)
            VALUES ($1, $2, $3, 'pending', now() + $4)
            ON CONFLICT (scope, idempotency_key) DO UPDATE
               SET fingerprint = EXCLUDED.fingerprint, status = 'pending', created_at = now(), expires_at = EXCLUDED.expires_at,
                   response_status = NULL, response_headers = NULL, response_body = NULL
             WHERE r.expires_at <= now() OR (r.status = 'pending' AND r.created_at <= now() - $5)
            RETURNING 1
            """))
        {
            claim.Parameters.Add(new NpgsqlParameter<string> { TypedValue = scope });
            claim.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
            claim.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = fingerprint });
            claim.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = _retention });
            claim.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = _lease });
            if (await claim.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return new IdempotencyClaim(IdempotencyClaimOutcome.Claimed);
            }
        }
        await using var read = dataSource.CreateCommand("""
            SELECT fingerprint, status, response_status, response_headers::text, response_body
              FROM idempotency_requests WHERE scope = $1 AND idempotency_key = $2
            """);
        read.Parameters.Add(new NpgsqlParameter<string> { TypedValue = scope });
        read.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || reader.GetString(1) == "pending")
        {
            // Gone between the two statements means the first request failed and released it: it is still in flux.
            return new IdempotencyClaim(IdempotencyClaimOutcome.InProgress);
        }
        if (!reader.GetFieldValue<byte[]>(0).AsSpan().SequenceEqual(fingerprint))
        {
            return new IdempotencyClaim(IdempotencyClaimOutcome.Mismatch);
        }
        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(3))!;
        return new IdempotencyClaim(IdempotencyClaimOutcome.Completed, new StoredResponse(reader.GetInt32(2), headers, reader.GetFieldValue<byte[]>(4)));
    }

    public async Task CompleteAsync(string scope, string key, StoredResponse response, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE idempotency_requests SET status = 'completed', response_status = $3, response_headers = $4, response_body = $5
             WHERE scope = $1 AND idempotency_key = $2
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = scope });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = response.StatusCode });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(response.Headers), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = response.Body });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Forgets a claim whose request did not succeed, so the same key may be retried.</summary>
    public async Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "DELETE FROM idempotency_requests WHERE scope = $1 AND idempotency_key = $2 AND status = 'pending'");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = scope });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM idempotency_requests WHERE expires_at <= now()");
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
