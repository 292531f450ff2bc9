using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Jobs.Alerts;

/// <summary>
/// Gathers a school's pending alerts into one batch, at most once per Alerts:BatchMinutes, and creates its deliveries
/// (report_deliveries rows of kind offer-alerts, one per channel) in the same transaction. The subscription's row lock
/// makes two nodes (or two runs) batching at once take turns, so a pending alert goes into one batch only.
/// </summary>
public sealed class OfferAlertBatcher(NpgsqlDataSource dataSource, IOptions<AlertOptions> options)
{
    // The pending alerts that are no longer worth sending: the student is placed, inactive or outside the subscription's
    // filter (which the school may have narrowed since), or the offer is closed or full. An erased student's rows are gone already.
    private const string DropSql = $"""
        DELETE FROM offer_alerts a
        USING alert_subscriptions sub
        WHERE sub.id = $1 AND a.subscription_id = $1 AND a.batch_id IS NULL AND NOT EXISTS (
            SELECT 1 FROM students s
            JOIN offers o ON o.id = a.offer_id
            JOIN postcodes pc ON pc.code = s.pc4
            JOIN municipalities m ON m.code = pc.municipality_code
            WHERE s.id = a.student_id AND s.status = 'seeking' AND o.status = 'open' AND {OfferAlertRows.FreePlacesSql} > 0
              AND (cardinality(sub.crebos) = 0 OR s.crebo = ANY (sub.crebos))
              AND (sub.learning_path IS NULL OR s.learning_path = sub.learning_path)
              AND (cardinality(sub.regions) = 0 OR m.region_code = ANY (sub.regions)))
        """;

    // One delivery per channel the subscription has now.
    private const string DeliveriesSql = """
        INSERT INTO report_deliveries (id, kind, alert_batch_id, channel, status, next_attempt_at, created_at, updated_at)
        SELECT gen_random_uuid(), 'offer-alerts', $2, c.channel, 'pending', $3, $3, $3
        FROM alert_subscriptions s
        CROSS JOIN LATERAL (VALUES ('webhook', s.webhook_url IS NOT NULL), ('email', s.email IS NOT NULL)) AS c (channel, wanted)
        WHERE s.id = $1 AND c.wanted
        """;

    /// <summary>The subscriptions with pending alerts whose next notification may go at <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<Guid>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT s.id FROM alert_subscriptions s
            WHERE (s.last_batch_at IS NULL OR s.last_batch_at <= $1)
              AND EXISTS (SELECT 1 FROM offer_alerts a WHERE a.subscription_id = s.id AND a.batch_id IS NULL)
            ORDER BY s.id
            """);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now - options.Value.BatchInterval });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var due = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(reader.GetGuid(0));
        }
        return due;
    }

    /// <summary>
    /// Makes the subscription's next batch of its pending alerts, if its last one is at least Alerts:BatchMinutes old.
    /// Nothing when the subscription is gone or nothing is left to send.
    /// </summary>
    public async Task<AlertBatchOutcome> BatchAsync(Guid subscriptionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // NO KEY UPDATE: a detector storing new alerts for the school meanwhile (a foreign key's KEY SHARE) does not wait for it.
        DateTimeOffset? lastBatchAt;
        await using (var lockRow = new NpgsqlCommand("SELECT last_batch_at FROM alert_subscriptions WHERE id = $1 FOR NO KEY UPDATE", connection, transaction))
        {
            lockRow.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = subscriptionId });
            await using var reader = await lockRow.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return new AlertBatchOutcome(null, 0, 0, null);
            }
            lastBatchAt = reader.IsDBNull(0) ? null : reader.GetFieldValue<DateTimeOffset>(0);
        }
        if (lastBatchAt + options.Value.BatchInterval is { } due && due > now)
        {
            await ExecuteAsync(connection, transaction, "UPDATE alert_subscriptions SET next_batch_at = $2 WHERE id = $1 AND next_batch_at IS NULL",
                [subscriptionId, due], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AlertBatchOutcome(null, 0, 0, due);
        }
        var dropped = await ExecuteAsync(connection, transaction, DropSql, [subscriptionId], cancellationToken);
        var batchId = Guid.CreateVersion7(now);
        var alerts = 0;
        if (await ExecuteAsync(connection, transaction, """
            INSERT INTO alert_batches (id, subscription_id, created_at)
            SELECT $2, $1, $3 WHERE EXISTS (SELECT 1 FROM offer_alerts WHERE subscription_id = $1 AND batch_id IS NULL)
            """, [subscriptionId, batchId, now], cancellationToken) == 1)
        {
            alerts = await ExecuteAsync(connection, transaction, "UPDATE offer_alerts SET batch_id = $2 WHERE subscription_id = $1 AND batch_id IS NULL",
                [subscriptionId, batchId], cancellationToken);
            await ExecuteAsync(connection, transaction, DeliveriesSql, [subscriptionId, batchId, now], cancellationToken);
            await ExecuteAsync(connection, transaction, "UPDATE alert_subscriptions SET last_batch_at = $2 WHERE id = $1", [subscriptionId, now], cancellationToken);
        }
        // Nothing waits any more: the next alert found schedules the next batch.
        await ExecuteAsync(connection, transaction, "UPDATE alert_subscriptions SET next_batch_at = NULL WHERE id = $1", [subscriptionId], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AlertBatchOutcome(alerts > 0 ? batchId : null, alerts, dropped, null);
    }

    /// <summary>The batch as its webhook sends it: the alerts of students who are still seeking. Null when the batch is gone.</summary>
    public async Task<OfferAlertBatch?> ReadAsync(Guid batchId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("""
                    SELECT b.id, b.subscription_id, s.school_brin, b.created_at
                    FROM alert_batches b JOIN alert_subscriptions s ON s.id = b.subscription_id WHERE b.id = $1
                    """) { Parameters = { new NpgsqlParameter<Guid> { TypedValue = batchId } } },
                new NpgsqlBatchCommand($"""
                    SELECT {OfferAlertRows.Select} FROM {OfferAlertRows.From}
                    WHERE a.batch_id = $1 AND s.status = 'seeking' ORDER BY {OfferAlertRows.OrderBy}
                    """) { Parameters = { new NpgsqlParameter<Guid> { TypedValue = batchId } } },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        var (id, subscriptionId, brin, createdAt) = (reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3));
        await reader.NextResultAsync(cancellationToken);
        var alerts = new List<OfferAlert>();
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(OfferAlertRows.Read(reader));
        }
        return new OfferAlertBatch(id, subscriptionId, brin, createdAt, alerts);
    }

    private static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, object[] values, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(value switch
            {
                Guid guid => new NpgsqlParameter<Guid> { TypedValue = guid },
                DateTimeOffset time => new NpgsqlParameter<DateTimeOffset> { TypedValue = time },
                _ => throw new ArgumentException($"No parameter type for {value.GetType().Name}.", nameof(values)),
            });
        }
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
