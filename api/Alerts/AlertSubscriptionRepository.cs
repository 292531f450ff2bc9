using Matching.Api.Data;
using Matching.Api.Http;
using Matching.Jobs.Alerts;
using Matching.Jobs.Data;
using Npgsql;
using NpgsqlTypes;

namespace Matching.Api.Alerts;

/// <summary>Alert subscriptions, their alerts and their delivery log. The webhook secret is written here and read only by the delivery job.</summary>
internal sealed class AlertSubscriptionRepository(NpgsqlDataSource dataSource)
{
    // Never webhook_secret: nothing the API returns is read with it.
    private const string Columns = "id, school_brin, crebos, learning_path, regions, webhook_url, email, last_batch_at, version, created_at, updated_at";

    private const string DeliveryColumns = """
        d.id, d.alert_batch_id, (SELECT count(*)::integer FROM offer_alerts a WHERE a.batch_id = d.alert_batch_id), d.channel, d.status,
        d.attempts, d.last_error, d.next_attempt_at, d.delivered_at, d.created_at, d.updated_at
        """;

    public async Task<AlertSubscription?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM alert_subscriptions WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        return await ReadSingleAsync(command, cancellationToken);
    }

    public async Task<bool> SchoolExistsAsync(string brin, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM schools WHERE brin = $1)");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = brin });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Creates the school's subscription; null when the school has one already.</summary>
    public async Task<AlertSubscription?> InsertAsync(string schoolBrin, AlertSubscriptionRequest request, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO alert_subscriptions (id, school_brin, crebos, learning_path, regions, webhook_url, webhook_secret, email)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (school_brin) DO NOTHING
            RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = schoolBrin });
        AddFields(command.Parameters, request);
        return await ReadSingleAsync(command, cancellationToken);
    }

    /// <summary>
    /// Replaces a subscription if it is still at <paramref name="expectedVersion"/>; null when it is not (or is gone).
    /// Without a new secret the stored one stays, unless the webhook goes, which takes its secret with it.
    /// </summary>
    public async Task<AlertSubscription?> UpdateAsync(Guid id, int expectedVersion, AlertSubscriptionRequest request, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            UPDATE alert_subscriptions SET crebos = $3, learning_path = $4, regions = $5, webhook_url = $6,
                webhook_secret = CASE WHEN $6 IS NULL THEN NULL ELSE coalesce($7, webhook_secret) END,
                email = $8, version = version + 1, updated_at = now()
            WHERE id = $1 AND version = $2
            RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = expectedVersion });
        AddFields(command.Parameters, request);
        return await ReadSingleAsync(command, cancellationToken);
    }

    /// <summary>Deletes a subscription and, by cascade, its alerts and deliveries; a pending notification is then never sent.</summary>
    public Task<bool> DeleteAsync(Guid id, int? expectedVersion, CancellationToken cancellationToken) =>
        VersionedRows.DeleteAsync(dataSource, "alert_subscriptions", id, expectedVersion, cancellationToken);

    public Task<Page<AlertSubscription>> ListAsync(string? schoolBrin, AlertSubscriptionListQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter().WhereIf("school_brin = {0}", schoolBrin);
        return PagedList.ReadAsync(dataSource, Columns, "alert_subscriptions", filter, "created_at, id", query, Read, cancellationToken);
    }

    /// <summary>A subscription's alerts, newest first.</summary>
    public Task<Page<OfferAlert>> AlertsAsync(Guid subscriptionId, OfferAlertListQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .Where("a.subscription_id = {0}", subscriptionId)
            .WhereIf("a.student_id = {0}", query.StudentId)
            .WhereIf("a.offer_id = {0}", query.OfferId);
        filter = query.Status switch
        {
            "pending" => filter.Where("a.batch_id IS NULL"),
            "sent" => filter.Where("a.batch_id IS NOT NULL"),
            _ => filter,
        };
        return PagedList.ReadAsync(dataSource, OfferAlertRows.Select, OfferAlertRows.From, filter, OfferAlertRows.OrderBy, query, OfferAlertRows.Read,
            cancellationToken);
    }

    /// <summary>Every alert about one student, newest first: for the student's export.</summary>
    public async Task<IReadOnlyList<OfferAlert>> OfStudentAsync(Guid studentId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {OfferAlertRows.Select} FROM {OfferAlertRows.From} WHERE a.student_id = $1 ORDER BY {OfferAlertRows.OrderBy}");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = studentId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var alerts = new List<OfferAlert>();
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(OfferAlertRows.Read(reader));
        }
        return alerts;
    }

    /// <summary>A subscription's deliveries, latest first.</summary>
    public Task<Page<AlertDelivery>> DeliveriesAsync(Guid subscriptionId, AlertDeliveryListQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .Where("b.subscription_id = {0}", subscriptionId)
            .WhereIf("d.channel = {0}", query.Channel)
            .WhereIf("d.status = {0}", query.Status);
        return PagedList.ReadAsync(dataSource, DeliveryColumns, "report_deliveries d JOIN alert_batches b ON b.id = d.alert_batch_id", filter,
            "d.created_at DESC, d.channel, d.id", query, ReadDelivery, cancellationToken);
    }

    // Parameters $3 to $8, in the order of the INSERT and UPDATE statements above. Repeated codes are stored once.
    private static void AddFields(NpgsqlParameterCollection parameters, AlertSubscriptionRequest request)
    {
        parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. (request.Crebos ?? []).Distinct()] });
        parameters.Add(new NpgsqlParameter { Value = (object?)request.LearningPath ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. (request.Regions ?? []).Distinct(StringComparer.Ordinal)] });
        parameters.Add(new NpgsqlParameter { Value = (object?)request.WebhookUrl ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter { Value = (object?)request.WebhookSecret ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter { Value = (object?)request.Email ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
    }

    private static async Task<AlertSubscription?> ReadSingleAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static AlertSubscription Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetFieldValue<int[]>(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetFieldValue<string[]>(4),
        r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7),
        r.GetInt32(8), r.GetFieldValue<DateTimeOffset>(9), r.GetFieldValue<DateTimeOffset>(10));

    private static AlertDelivery ReadDelivery(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7), r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8),
        r.GetFieldValue<DateTimeOffset>(9), r.GetFieldValue<DateTimeOffset>(10));
}
