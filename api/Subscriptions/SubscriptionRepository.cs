using Matching.Api.Data;
using Matching.Api.Http;
using Matching.Jobs;
using Matching.Jobs.Data;
using Npgsql;
using NpgsqlTypes;

namespace Matching.Api.Subscriptions;

/// <summary>Subscriptions and their delivery log. The webhook secret is written here and read only by the delivery job.</summary>
internal sealed class SubscriptionRepository(NpgsqlDataSource dataSource)
{
    // Never webhook_secret: nothing the API returns is read with it.
    private const string Columns = "id, api_key_id, regions, sectors, webhook_url, email, version, created_at, updated_at";

    private const string DeliveryColumns = """
        id, subscription_id, iso_week, channel, status, attempts, last_error, next_attempt_at, delivered_at, created_at, updated_at
        """;

    public async Task<Subscription?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM subscriptions WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        return await ReadSingleAsync(command, cancellationToken);
    }

    public async Task<Subscription> InsertAsync(Guid apiKeyId, SubscriptionRequest request, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO subscriptions (id, api_key_id, regions, sectors, webhook_url, webhook_secret, email)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = apiKeyId });
        AddFields(command.Parameters, request);
        return (await ReadSingleAsync(command, cancellationToken))!;
    }

    /// <summary>
    /// Replaces a subscription if it is still at <paramref name="expectedVersion"/>; null when it is not (or is gone).
    /// Without a new secret the stored one stays, unless the webhook goes, which takes its secret with it.
    /// </summary>
    public async Task<Subscription?> UpdateAsync(Guid id, int expectedVersion, SubscriptionRequest request, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            UPDATE subscriptions SET regions = $3, sectors = $4, webhook_url = $5,
                webhook_secret = CASE WHEN $5 IS NULL THEN NULL ELSE coalesce($6, webhook_secret) END,
                email = $7, version = version + 1, updated_at = now()
            WHERE id = $1 AND version = $2
            RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = expectedVersion });
        AddFields(command.Parameters, request);
        return await ReadSingleAsync(command, cancellationToken);
    }

    /// <summary>Deletes a subscription and, by cascade, its delivery log; a pending delivery is then never sent.</summary>
    public Task<bool> DeleteAsync(Guid id, int? expectedVersion, CancellationToken cancellationToken) =>
        VersionedRows.DeleteAsync(dataSource, "subscriptions", id, expectedVersion, cancellationToken);

    public Task<Page<Subscription>> ListAsync(Guid? apiKeyId, SubscriptionListQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter().WhereIf("api_key_id = {0}", apiKeyId);
        return PagedList.ReadAsync(dataSource, Columns, "subscriptions", filter, "created_at, id", query, Read, cancellationToken);
    }

    /// <summary>A subscription's deliveries, latest week first.</summary>
    public Task<Page<ReportDelivery>> DeliveriesAsync(Guid subscriptionId, DeliveryListQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .Where("subscription_id = {0}", subscriptionId)
            .WhereIf("iso_week = {0}", query.Week?.ToString())
            .WhereIf("channel = {0}", query.Channel)
            .WhereIf("status = {0}", query.Status);
        return PagedList.ReadAsync(dataSource, DeliveryColumns, "report_deliveries", filter, "iso_week DESC, channel, id", query,
            ReadDelivery, cancellationToken);
    }

    // Parameters $3 to $7, in the order of the INSERT and UPDATE statements above. Repeated codes are stored once.
    private static void AddFields(NpgsqlParameterCollection parameters, SubscriptionRequest request)
    {
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. (request.Regions ?? []).Distinct(StringComparer.Ordinal)] });
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. (request.Sectors ?? []).Distinct(StringComparer.Ordinal)] });
        parameters.Add(new NpgsqlParameter { Value = (object?)request.WebhookUrl ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter { Value = (object?)request.WebhookSecret ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new NpgsqlParameter { Value = (object?)request.Email ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
    }

    private static async Task<Subscription?> ReadSingleAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static Subscription Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), r.GetFieldValue<string[]>(2), r.GetFieldValue<string[]>(3), r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5), r.GetInt32(6), r.GetFieldValue<DateTimeOffset>(7), r.GetFieldValue<DateTimeOffset>(8));

    private static ReportDelivery ReadDelivery(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), IsoWeek.Parse(r.GetString(2)), r.GetString(3), r.GetString(4), r.GetInt32(5), r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7), r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8),
        r.GetFieldValue<DateTimeOffset>(9), r.GetFieldValue<DateTimeOffset>(10));
}
