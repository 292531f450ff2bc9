using Npgsql;
using NpgsqlTypes;

namespace Matching.Api.Data;

/// <summary>Statements on rows with a version column that If-Match compares (ETags).</summary>
internal static class VersionedRows
{
    /// <summary>Deletes the row if it is still at <paramref name="expectedVersion"/> (any version when null); false when it is not, or is gone.</summary>
    public static async Task<bool> DeleteAsync(NpgsqlDataSource dataSource, string table, Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {table} WHERE id = $1 AND ($2::integer IS NULL OR version = $2)");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)expectedVersion ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
