using Npgsql;

namespace Matching.Jobs.Privacy;

/// <summary>
/// The one way students are erased: DELETE /v1/students/{id} for one student, the retention job for those the service
/// no longer needs. Per transaction: the student's placements that hold no place, its audit rows and the stored
/// response to its creation's Idempotency-Key go, then the student; accepted and active placements stay without it
/// (ON DELETE SET NULL), so the place stays taken. The deletes enter the change sequence, so every node drops the
/// students from its index.
/// </summary>
public sealed class StudentErasure(NpgsqlDataSource dataSource)
{
    /// <summary>The placements that take no place: what an erasure deletes, and what retention deletes when they are old.</summary>
    public const string HoldsNoPlace = "status NOT IN ('accepted', 'active')";

    // serialize_change_writers() in 002_ordered_changes.sql: every writer of an indexed table takes it first.
    private const long ChangeSequenceLock = 7_340_119_002;

    /// <summary>Erases a student if it is still at <paramref name="expectedVersion"/> (any version when null); false when it is not (or is gone).</summary>
    public async Task<bool> EraseAsync(Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await EraseAsync(connection, transaction, [id], expectedVersion, cancellationToken) != 1)
        {
            // A stale version: nothing is erased, the placements' deletes included (the transaction rolls back).
            return false;
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Erases the students with no activity since <paramref name="cutoff"/>: neither their record nor any of their
    /// placements changed since, and none of their placements holds a place. At most <paramref name="batchSize"/> per
    /// transaction, so that writers wait for the change-sequence lock only briefly. Returns how many were erased.
    /// </summary>
    public async Task<int> EraseInactiveAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        // One scan for the candidates, outside the lock; each batch checks its own again under the lock.
        List<Guid> candidates;
        await using (var scan = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            candidates = await InactiveAsync(scan, null, cutoff, null, cancellationToken);
        }
        var erased = 0;
        foreach (var batch in candidates.Chunk(batchSize))
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // While the lock is held no student or placement changes, so a student found inactive below stays so until
            // the commit (a school updating it meanwhile waits, and then finds it erased).
            await using (var serialize = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ChangeSequenceLock})", connection, transaction))
            {
                await serialize.ExecuteNonQueryAsync(cancellationToken);
            }
            var inactive = await InactiveAsync(connection, transaction, cutoff, batch, cancellationToken);
            if (inactive.Count > 0)
            {
                erased += await EraseAsync(connection, transaction, [.. inactive], null, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        return erased;
    }

    /// <summary>The inactive students, of <paramref name="among"/> only when given.</summary>
    private static async Task<List<Guid>> InactiveAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, DateTimeOffset cutoff, Guid[]? among, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand("""
            SELECT s.id FROM students s
            WHERE s.updated_at < $1 AND ($2::uuid[] IS NULL OR s.id = ANY ($2))
              AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.student_id = s.id AND (p.status IN ('accepted', 'active') OR p.updated_at >= $1))
            """, connection, transaction);
        select.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = cutoff });
        select.Parameters.Add(new NpgsqlParameter { Value = (object?)among ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Uuid });
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }

    private static async Task<int> EraseAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid[] ids, int? expectedVersion, CancellationToken cancellationToken)
    {
        await AuditErasure.MarkAsync(connection, transaction, cancellationToken);
        // The placements first: like every write to an indexed table it takes the change-sequence lock before any row lock.
        foreach (var sql in (string[])[
            $"DELETE FROM placements WHERE student_id = ANY ($1) AND {HoldsNoPlace}",
            "DELETE FROM student_views WHERE student_id = ANY ($1)",
            "DELETE FROM idempotency_requests WHERE response_headers ->> 'Location' IN (SELECT '/v1/students/' || id FROM unnest($1) AS s (id))"])
        {
            await using var related = new NpgsqlCommand(sql, connection, transaction);
            related.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ids });
            await related.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var erase = new NpgsqlCommand("""
            DELETE FROM students WHERE id = ANY ($1) AND ($2::integer IS NULL OR version = $2)
            """, connection, transaction);
        erase.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ids });
        erase.Parameters.Add(new NpgsqlParameter { Value = (object?)expectedVersion ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        return await erase.ExecuteNonQueryAsync(cancellationToken);
    }
}
