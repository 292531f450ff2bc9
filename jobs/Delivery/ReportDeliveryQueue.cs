using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Jobs.Delivery;

/// <summary>
/// report_deliveries as a work queue shared by every node. One row per subscription, ISO week and channel (a unique
/// key) is both the record of a delivery and the claim on it: it is created once, taken by one sender at a time, and
/// every state change after the claim names the attempt it belongs to, so a sender whose lease ran out cannot
/// overwrite what the node that took over did.
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

    // The claim: a due row (pending and due, or sending with its lease run out) is locked with SKIP LOCKED, so that
    // concurrent senders each get a different row, and becomes 'sending' with a lease in the same statement. It is
    // committed before anything is sent: no transaction stays open across the network.
    private const string ClaimSql = """
        WITH claimed AS (
            UPDATE report_deliveries SET status = 'sending', attempts = attempts + 1, next_attempt_at = $2, updated_at = $1
            WHERE id = (
                SELECT id FROM report_deliveries
                WHERE status IN ('pending', 'sending') AND next_attempt_at <= $1 AND attempts < $3
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING id, subscription_id, iso_week, channel, attempts)
        SELECT c.id, c.subscription_id, c.iso_week, c.channel, c.attempts,
            CASE WHEN cardinality(s.regions) > 0 OR k.role = 'admin' THEN s.regions ELSE k.regions END,
            CASE WHEN cardinality(s.sectors) > 0 OR k.role = 'admin' THEN s.sectors ELSE k.sectors END,
            s.webhook_url, s.webhook_secret, s.email, k.revoked_at IS NOT NULL
        FROM claimed c
        JOIN subscriptions s ON s.id = c.subscription_id
        JOIN api_keys k ON k.id = s.api_key_id
        """;

    /// <summary>Creates the pending deliveries of a week for every subscription of an active key; returns how many are new.</summary>
    public async Task<int> ScheduleWeekAsync(string isoWeek, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ScheduleSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = isoWeek });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Takes the next due delivery for this sender, or null when none is due.</summary>
    public async Task<ClaimedDelivery?> ClaimNextAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now.AddSeconds(options.Value.LeaseSeconds) });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = options.Value.MaxAttempts });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        return new ClaimedDelivery(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
            reader.GetFieldValue<string[]>(5), reader.GetFieldValue<string[]>(6), NullableString(reader, 7), NullableString(reader, 8),
            NullableString(reader, 9), reader.GetBoolean(10));
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
    /// Fails the due deliveries that have no attempts left: those whose sender stopped during the last attempt (the
    /// lease ran out, and whether that attempt arrived is unknown), and pending ones after Delivery:MaxAttempts was lowered.
    /// </summary>
    public async Task<int> FailExhaustedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE report_deliveries SET status = 'failed', next_attempt_at = NULL, updated_at = $1,
                last_error = CASE WHEN status = 'sending'
                    THEN 'The sender stopped during attempt ' || attempts || ', the last one; the report may not have arrived.'
                    ELSE last_error END
            WHERE status IN ('pending', 'sending') AND next_attempt_at <= $1 AND attempts >= $2
            """);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = options.Value.MaxAttempts });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
