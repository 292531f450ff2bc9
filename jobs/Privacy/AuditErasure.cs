using Npgsql;

namespace Matching.Jobs.Privacy;

/// <summary>
/// Marks a transaction as an erasure or retention: the only ones the audit log's trigger (student_views_append_only,
/// migration 009) lets delete audit rows. The mark is transaction-local, so it never stays on a pooled connection.
/// </summary>
public static class AuditErasure
{
    public static async Task MarkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var mark = new NpgsqlCommand("SELECT set_config('matching.audit_erasure', 'on', true)", connection, transaction);
        await mark.ExecuteNonQueryAsync(cancellationToken);
    }
}
