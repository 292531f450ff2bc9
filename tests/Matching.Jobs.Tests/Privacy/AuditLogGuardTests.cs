using Matching.Jobs.Privacy;
using Matching.Jobs.Tests.Infrastructure;
using Matching.Tests;
using Npgsql;

namespace Matching.Jobs.Tests.Privacy;

/// <summary>The audit log's trigger, as the service's own database role meets it: rows are added, and go only with an erasure or retention.</summary>
public sealed class AuditLogGuardTests(PostgresServer postgres) : DatabaseTest(postgres)
{
    private Guid _student;

    protected override async Task ArrangeAsync()
    {
        var offer = await Rows.OfferAsync(await Rows.CompanyAsync(TestRows.LogisticsCrebo), [TestRows.LogisticsCrebo], new(2027, 2, 1), new(2027, 6, 30), places: 1);
        _student = (await Rows.StudentsAsync(1, TestRows.LogisticsCrebo, TestRows.RotterdamPc4, new(2027, 2, 1)))[0];
        await Rows.ExecuteAsync("""
            INSERT INTO student_views (student_id, offer_id, key_id, company_kvk, context) VALUES ($1, $2, 'company-key', '12345678', 'candidates')
            """, _student, offer);
    }

    [Theory]
    [InlineData("UPDATE student_views SET key_id = 'someone-else'")]
    [InlineData("UPDATE student_views SET viewed_at = now() - interval '5 years'")]
    [InlineData("DELETE FROM student_views")]
    [InlineData("DELETE FROM student_views WHERE student_id = $1")]
    [InlineData("TRUNCATE student_views")]
    public async Task A_change_or_a_plain_delete_of_an_audit_row_fails(string sql)
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Rows.ExecuteAsync(sql, sql.Contains("$1", StringComparison.Ordinal) ? new object?[] { _student } : []));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(1, await Rows.ScalarAsync<long>("SELECT count(*) FROM student_views WHERE key_id = 'company-key' AND viewed_at > now() - interval '1 hour'"));
    }

    [Fact]
    public async Task An_update_fails_even_in_a_transaction_marked_as_an_erasure()
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await AuditErasure.MarkAsync(connection, transaction, CancellationToken.None);
        await using var update = new NpgsqlCommand("UPDATE student_views SET key_id = 'someone-else'", connection, transaction);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task The_erasure_deletes_the_students_audit_rows()
    {
        var erased = await new StudentErasure(Database).EraseAsync(_student, null, CancellationToken.None);

        Assert.True(erased);
        Assert.Equal(0, await Rows.ScalarAsync<long>("SELECT count(*) FROM student_views"));
    }

    [Fact]
    public async Task The_mark_ends_with_its_transaction_and_stays_on_no_pooled_connection()
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using (var marked = await connection.BeginTransactionAsync())
        {
            await AuditErasure.MarkAsync(connection, marked, CancellationToken.None);
            await marked.CommitAsync();
        }
        await using var delete = new NpgsqlCommand("DELETE FROM student_views", connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }
}
