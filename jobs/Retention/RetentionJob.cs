using System.ComponentModel;
using Hangfire;
using Matching.Jobs.Privacy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Jobs.Retention;

/// <summary>
/// Daily: erases the students past <see cref="RetentionOptions.StudentMonths"/> as DELETE /v1/students/{id} does (the
/// same <see cref="StudentErasure"/>), then deletes the placements, audit rows and finished report deliveries past
/// their own periods. Everything is measured against the time of the run, so a second run finds nothing more to do.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 600)]
public sealed class RetentionJob(
    StudentErasure erasure, NpgsqlDataSource dataSource, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger)
{
    // Rows per transaction: a batch of students holds the change-sequence lock, which every writer of students,
    // companies, offers and placements waits for.
    public const int BatchSize = 500;

    [DisplayName("Retention of students, placements, audit rows and report deliveries")]
    [AutomaticRetry(Attempts = 2, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task<RetentionCounts> RunAsync(CancellationToken cancellationToken)
    {
        var counts = await RetainAsync(clock.GetUtcNow(), cancellationToken);
        logger.LogInformation(
            "Retention: erased {Students} students; deleted {Placements} placements, {AuditRows} audit rows and {Deliveries} report deliveries",
            counts.Students, counts.Placements, counts.AuditRows, counts.Deliveries);
        return counts;
    }

    public async Task<RetentionCounts> RetainAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // Students first: an erasure takes the student's placements and audit rows with it, whatever their age.
        var students = await erasure.EraseInactiveAsync(now.AddMonths(-settings.StudentMonths), BatchSize, cancellationToken);
        var placements = await DeleteAsync(
            "placements", $"{StudentErasure.HoldsNoPlace} AND updated_at < $1", now.AddMonths(-settings.PlacementMonths), cancellationToken);
        var auditRows = await DeleteAsync("student_views", "viewed_at < $1", now.AddMonths(-settings.AuditMonths), cancellationToken);
        var deliveries = await DeleteAsync(
            "report_deliveries", "status IN ('delivered', 'failed') AND updated_at < $1", now.AddDays(-7 * settings.DeliveryWeeks), cancellationToken);
        return new RetentionCounts(students, placements, auditRows, deliveries);
    }

    /// <summary>Deletes the rows of <paramref name="table"/> that meet <paramref name="condition"/> ($1 the cutoff), a batch per transaction.</summary>
    private async Task<int> DeleteAsync(string table, string condition, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        while (true)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Retention may delete audit rows (the mark is what the audit log's trigger asks for); the other tables ignore it.
            await AuditErasure.MarkAsync(connection, transaction, cancellationToken);
            await using var delete = new NpgsqlCommand(
                $"DELETE FROM {table} WHERE id IN (SELECT id FROM {table} WHERE {condition} LIMIT {BatchSize})", connection, transaction);
            delete.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = cutoff });
            var batch = await delete.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            deleted += batch;
            if (batch < BatchSize)
            {
                return deleted;
            }
        }
    }
}
