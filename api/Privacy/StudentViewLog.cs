using Matching.Api.Auth;
using Matching.Api.Data;
using Matching.Api.Http;
using Matching.Jobs.Data;
using Npgsql;

namespace Matching.Api.Privacy;

/// <summary>The audit log of which company key was shown which student (table student_views).</summary>
internal sealed class StudentViewLog(NpgsqlDataSource dataSource)
{
    public const string Candidates = "candidates";
    public const string Placement = "placement";
    public const string Round = "round";

    private const string Columns = "id, student_id, offer_id, key_id, company_kvk, context, viewed_at";

    /// <summary>Records that a company key was shown these students; admins and schools are not logged.</summary>
    public async Task RecordAsync(Caller caller, string context, IReadOnlyCollection<(Guid StudentId, Guid OfferId)> shown, CancellationToken cancellationToken)
    {
        if (caller.Role != Roles.Company || shown.Count == 0)
        {
            return;
        }
        // Only students that still exist: one erased meanwhile leaves nothing behind.
        await using var command = dataSource.CreateCommand("""
            INSERT INTO student_views (student_id, offer_id, key_id, company_kvk, context)
            SELECT v.student_id, v.offer_id, $3, $4, $5
            FROM unnest($1::uuid[], $2::uuid[]) AS v (student_id, offer_id)
            WHERE EXISTS (SELECT 1 FROM students s WHERE s.id = v.student_id)
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. shown.Select(s => s.StudentId)] });
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. shown.Select(s => s.OfferId)] });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = caller.KeyId });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = caller.Kvk });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = context });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<Page<StudentView>> ListAsync(Guid studentId, PagedQuery query, CancellationToken cancellationToken) =>
        PagedList.ReadAsync(dataSource, Columns, "student_views", new SqlFilter().Where("student_id = {0}", studentId), "viewed_at, id",
            query, Read, cancellationToken);

    public async Task<IReadOnlyList<StudentView>> AllAsync(Guid studentId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM student_views WHERE student_id = $1 ORDER BY viewed_at, id");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = studentId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var views = new List<StudentView>();
        while (await reader.ReadAsync(cancellationToken))
        {
            views.Add(Read(reader));
        }
        return views;
    }

    private static StudentView Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetGuid(1), r.IsDBNull(2) ? null : r.GetGuid(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
        r.GetString(5), r.GetFieldValue<DateTimeOffset>(6));
}
