using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Jobs.Delivery;

/// <summary>
/// report_deliveries, the record that makes each report go out once. One row per subscription, ISO week and channel (a
/// unique key) is created once, then attempted by its Hangfire delivery job. A school's batch of offer alerts is
/// delivered the same way, as rows of kind 'offer-alerts' (one per batch and channel), created by the alert batcher. Hangfire runs a job at least once, so the
/// row is also the claim: an attempt takes it for Delivery:LeaseSeconds, and every state change after the claim names
/// the attempt it belongs to, so an attempt whose lease ran out cannot overwrite what a later one did, and a delivered
/// row is never sent again.
/// </summary>
public sealed class ReportDeliveryQueue(NpgsqlDataSource dataSource, IOptions<DeliveryOptions> options)
{
    // Running it again for the same week adds rows only for subscriptions (or channels) that are new since.
    private const string ScheduleSql = """
        INSERT INTO report_deliveries (id, subscription_id, iso_week, channel, status, next_attempt_at)
        SELECT gen_random_uuid(), s.id, $1, c.channel, 'pending', $2
        FROM subscriptions s
        JOIN api_keys k ON k.id = s.api_key_id AND k.revoked_at IS NULL
        CROSS JOIN LATERAL (VALUES ('webhook', s.webhook_url IS NOT NULL), ('email', s.email IS NOT NULL)) AS c (channel, wanted)
        WHERE c.wanted
        ON CONFLICT (subscription_id, iso_week, channel) DO NOTHING
        """;

    // The claim: the row, when it is due (pending and past its back-off, or sending with its lease run out) and has
    // attempts left, becomes 'sending' with a lease in one statement, committed before anything is sent: no
    // transaction stays open across the network.
    private const string ClaimSql = """
        WITH claimed AS (
            UPDATE report_deliveries SET status = 'sending', attempts = attempts + 1, next_attempt_at = $3, updated_at = $2
            WHERE id = $1 AND status IN ('pending', 'sending') AND next_attempt_at <= $2 AND attempts < $4
            RETURNING id, kind, subscription_id, alert_batch_id, iso_week, channel, attempts)
        SELECT c.id, coalesce(s.id, a.id), c.iso_week, c.channel, c.attempts,
            CASE WHEN cardinality(s.regions) > 0 OR k.role = 'admin' THEN s.regions ELSE coalesce(k.regions, '{}') END,
            CASE WHEN cardinality(s.sectors) > 0 OR k.role = 'admin' THEN s.sectors ELSE coalesce(k.sectors, '{}') END,
            CASE c.kind WHEN 'report' THEN s.webhook_url ELSE a.webhook_url END,
            CASE c.kind WHEN 'report' THEN s.webhook_secret ELSE a.webhook_secret END,
            CASE c.kind WHEN 'report' THEN s.email ELSE a.email END,
            k.revoked_at IS NOT NULL, c.kind, c.alert_batch_id
        FROM claimed c
        LEFT JOIN subscriptions s ON s.id = c.subscription_id
        LEFT JOIN api_keys k ON k.id = s.api_key_id
        LEFT JOIN alert_batches b ON b.id = c.alert_batch_id
        LEFT JOIN alert_subscriptions a ON a.id = b.subscription_id
        """;

    /// <summary>Creates the pending deliveries of a week for every subscription of an active key; returns how many are new.</summary>
    public async Task<int> ScheduleWeekAsync(IsoWeek isoWeek, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ScheduleSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = isoWeek.ToString() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Takes the delivery for one attempt, or null when it is not due: delivered, failed, held or waiting.</summary>
    public async Task<ClaimedDelivery?> ClaimAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now.AddSeconds(options.Value.LeaseSeconds) });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = options.Value.MaxAttempts });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        return new ClaimedDelivery(reader.GetGuid(0), reader.GetGuid(1), reader.IsDBNull(2) ? null : IsoWeek.Parse(reader.GetString(2)), reader.GetString(3), reader.GetInt32(4),
            reader.GetFieldValue<string[]>(5), reader.GetFieldValue<string[]>(6), NullableString(reader, 7), NullableString(reader, 8),
            NullableString(reader, 9), reader.GetBoolean(10), reader.GetString(11), reader.IsDBNull(12) ? null : reader.GetGuid(12));
    }

    /// <summary>The delivery's state, or null when it no longer exists (its subscription was deleted).</summary>
    public async Task<DeliveryState?> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT status, attempts, next_attempt_at, last_error FROM report_deliveries WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        return new DeliveryState(reader.GetString(0), reader.GetInt32(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2), NullableString(reader, 3));
    }

    /// <summary>The deliveries still to be made (of one week, or all) with the id of the Hangfire job that makes them, if any.</summary>
    public Task<IReadOnlyList<(Guid Id, string? JobId)>> OpenAsync(IsoWeek? isoWeek, CancellationToken cancellationToken) =>
        OpenAsync(isoWeek, null, cancellationToken);

    /// <summary>The deliveries still to be made, of one week and one kind when given, with the id of the Hangfire job that makes them, if any.</summary>
    public async Task<IReadOnlyList<(Guid Id, string? JobId)>> OpenAsync(IsoWeek? isoWeek, string? kind, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT id, job_id FROM report_deliveries
            WHERE status IN ('pending', 'sending') AND ($1::text IS NULL OR iso_week = $1) AND ($2::text IS NULL OR kind = $2)
            ORDER BY created_at, id
            """);
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = isoWeek?.ToString(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = kind, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var open = new List<(Guid, string?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            open.Add((reader.GetGuid(0), NullableString(reader, 1)));
        }
        return open;
    }

    /// <summary>Records the Hangfire job that makes the delivery.</summary>
    public async Task SetJobAsync(Guid id, string jobId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE report_deliveries SET job_id = $2 WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = jobId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Marks the attempt delivered; false when the claim was lost (its lease ran out and another node took it over).
    /// The error of an earlier failed attempt stays, as a record of why it took more than one.
    /// </summary>
    public async Task<bool> MarkDeliveredAsync(ClaimedDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE report_deliveries SET status = 'delivered', delivered_at = $3, next_attempt_at = NULL, updated_at = $3
            WHERE id = $1 AND status = 'sending' AND attempts = $2
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = delivery.Id });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = delivery.Attempts });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Records a failed attempt: back to pending after the back-off, or failed when it was the last attempt or the
    /// failure is permanent. Returns the new status, or null when the claim was lost.
    /// </summary>
    public async Task<string?> MarkFailedAttemptAsync(
        ClaimedDelivery delivery, string error, bool permanent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var failed = permanent || delivery.Attempts >= settings.MaxAttempts;
        var status = failed ? "failed" : "pending";
        DateTimeOffset? next = failed ? null : now + settings.RetryDelay(delivery.Attempts);
        await using var command = dataSource.CreateCommand("""
            UPDATE report_deliveries SET status = $3, last_error = $4, next_attempt_at = $5, updated_at = $6
            WHERE id = $1 AND status = 'sending' AND attempts = $2
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = delivery.Id });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = delivery.Attempts });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = status });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = error });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = next });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? status : null;
    }

    /// <summary>Gives a claim back without counting the attempt, when this node stops before it could send.</summary>
    public async Task<bool> ReleaseAsync(ClaimedDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE report_deliveries SET status = 'pending', attempts = attempts - 1, next_attempt_at = $3, updated_at = $3
            WHERE id = $1 AND status = 'sending' AND attempts = $2
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = delivery.Id });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = delivery.Attempts });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Fails a due delivery that has no attempts left: its sender stopped during the last attempt (the lease ran out,
    /// and whether that attempt arrived is unknown), or Delivery:MaxAttempts was lowered. False when it was not due.
    /// </summary>
    public async Task<bool> FailExhaustedAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE report_deliveries SET status = 'failed', next_attempt_at = NULL, updated_at = $2,
                last_error = CASE WHEN status = 'sending'
                    THEN 'The sender stopped during attempt ' || attempts || ', the last one; the report may not have arrived.'
                    ELSE last_error END
            WHERE id = $1 AND status IN ('pending', 'sending') AND next_attempt_at <= $2 AND attempts >= $3
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = options.Value.MaxAttempts });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
