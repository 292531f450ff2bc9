using Matching.Api.Indexing;
using Matching.Jobs.Alerts;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Api.Alerts;

/// <summary>
/// Finds the alerts in the change sequence, exactly once cluster-wide. A pass takes the alert cursor (one row, FOR UPDATE
/// SKIP LOCKED: while one node holds it the others skip), reads the changes of offers and placements after it that this
/// node's indexes have applied, and for each offer that went from not open with a free place to open with one (a new
/// offer, a reopened one, a place freed) asks <see cref="OfferAlertFinder"/> whom to alert. The alerts (unique per
/// student and offer), the offers' new states and the cursor are written in one transaction: a node that dies mid-pass
/// rolls back, and the next pass, on any node, does the same changes again. A pass also says which schools it marked
/// for a batch and when (<see cref="AlertBatchQueue"/> starts them).
/// </summary>
internal sealed class OfferAlertDetector(
    MatchIndexes indexes, IndexSource source, OfferAlertFinder finder, NpgsqlDataSource dataSource, IOptions<AlertOptions> options,
    TimeProvider clock, ILogger<OfferAlertDetector> logger)
{
    /// <summary>The most changes of offers and placements one pass (one transaction) reads.</summary>
    public const int BatchSize = 500;

    /// <summary>One pass; null when another node holds the cursor.</summary>
    public async Task<AlertDetection?> DetectAsync(CancellationToken cancellationToken)
    {
        // Everything up to here is in this node's indexes, which the finder's queries run on.
        var applied = indexes.AppliedSeq;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await LockCursorAsync(connection, transaction, cancellationToken) is not { } cursor)
        {
            return null;
        }
        if (cursor >= applied)
        {
            return new AlertDetection(cursor, 0, 0, 0, []);
        }
        var changes = await OfferChangesAsync(connection, transaction, cursor, applied, cancellationToken);
        var reached = changes.Count == BatchSize ? changes[^1].Seq : applied;
        var offerIds = changes.Select(change => change.Entity == "offer" ? change.EntityId : change.RelatedId).OfType<Guid>().Distinct().ToArray();
        var (opened, stored, due) = offerIds.Length == 0 ? (0, 0, []) : await ProcessAsync(connection, transaction, offerIds, cancellationToken);
        await using (var advance = new NpgsqlCommand("UPDATE offer_alert_cursor SET last_seq = $1", connection, transaction))
        {
            advance.Parameters.Add(new NpgsqlParameter<long> { TypedValue = reached });
            await advance.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        if (stored > 0)
        {
            logger.LogInformation("Offer alerts: {Alerts} found for {Offers} offers opened, up to change {Seq}", stored, opened, reached);
        }
        return new AlertDetection(reached, changes.Count, opened, stored, due);
    }

    private async Task<(int Opened, int Stored, List<DueBatch> Due)> ProcessAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid[] offerIds, CancellationToken cancellationToken)
    {
        var before = await StatesAsync(connection, transaction, offerIds, cancellationToken);
        var subscriptions = await SubscriptionsAsync(connection, transaction, cancellationToken);
        var states = new Dictionary<Guid, bool>();
        var found = new List<FoundAlert>();
        var opened = 0;
        await foreach (var offer in source.OffersAsync(offerIds, cancellationToken))
        {
            var alertable = offer.Open && offer.FreePlaces > 0;
            if (alertable && !(indexes.TryGetOffer(offer.Id, out var indexed) && indexed.FreePlaces == offer.FreePlaces))
            {
                // The row is newer than this node's index: the change that made it so comes after the cursor and decides then.
                continue;
            }
            var was = before.TryGetValue(offer.Id, out var known) && known;
            if (alertable && !was)
            {
                opened++;
                found.AddRange(await finder.FindAsync(offer, subscriptions, cancellationToken));
            }
            if (!before.ContainsKey(offer.Id) || was != alertable)
            {
                states[offer.Id] = alertable;
            }
        }
        await SaveStatesAsync(connection, transaction, states, cancellationToken);
        var storedBySubscription = await StoreAsync(connection, transaction, found, cancellationToken);
        var due = await ScheduleAsync(connection, transaction, [.. storedBySubscription.Keys], cancellationToken);
        return (opened, storedBySubscription.Values.Sum(), due);
    }

    private static async Task<long?> LockCursorAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT last_seq FROM offer_alert_cursor FOR UPDATE SKIP LOCKED", connection, transaction);
        return await command.ExecuteScalarAsync(cancellationToken) is long seq ? seq : null;
    }

    private static async Task<List<Change>> OfferChangesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long after, long upTo, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT seq, entity, entity_id, operation, related_id FROM changes
            WHERE seq > $1 AND seq <= $2 AND entity IN ('offer', 'placement')
            ORDER BY seq LIMIT $3
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = upTo });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = BatchSize });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<Change>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new Change(reader.GetInt64(0), reader.GetString(1), reader.GetGuid(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetGuid(4)));
        }
        return changes;
    }

    private static async Task<Dictionary<Guid, bool>> StatesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid[] offerIds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT offer_id, alertable FROM offer_alert_states WHERE offer_id = ANY ($1)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = offerIds });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var states = new Dictionary<Guid, bool>();
        while (await reader.ReadAsync(cancellationToken))
        {
            states[reader.GetGuid(0)] = reader.GetBoolean(1);
        }
        return states;
    }

    private static async Task<List<AlertFilter>> SubscriptionsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id, school_brin, crebos, learning_path, regions FROM alert_subscriptions", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var subscriptions = new List<AlertFilter>();
        while (await reader.ReadAsync(cancellationToken))
        {
            subscriptions.Add(new AlertFilter(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<int[]>(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetFieldValue<string[]>(4)));
        }
        return subscriptions;
    }

    private static async Task SaveStatesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Dictionary<Guid, bool> states, CancellationToken cancellationToken)
    {
        if (states.Count == 0)
        {
            return;
        }
        await using var command = new NpgsqlCommand("""
            INSERT INTO offer_alert_states (offer_id, alertable) SELECT * FROM unnest($1::uuid[], $2::boolean[])
            ON CONFLICT (offer_id) DO UPDATE SET alertable = excluded.alertable
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. states.Keys] });
        command.Parameters.Add(new NpgsqlParameter<bool[]> { TypedValue = [.. states.Values] });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Stores the alerts that are new (a student is alerted once per offer, ever); how many per subscription.
    private async Task<Dictionary<Guid, int>> StoreAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<FoundAlert> found, CancellationToken cancellationToken)
    {
        if (found.Count == 0)
        {
            return [];
        }
        await using var command = new NpgsqlCommand("""
            WITH stored AS (
                INSERT INTO offer_alerts (student_id, offer_id, subscription_id, rank, score, distance_km, detected_at)
                SELECT student_id, offer_id, subscription_id, rank, score, distance_km, $7
                FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::smallint[], $5::real[], $6::double precision[])
                    AS f (student_id, offer_id, subscription_id, rank, score, distance_km)
                ON CONFLICT (student_id, offer_id) DO NOTHING
                RETURNING subscription_id)
            SELECT subscription_id, count(*)::integer FROM stored GROUP BY subscription_id
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. found.Select(f => f.StudentId)] });
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. found.Select(f => f.OfferId)] });
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. found.Select(f => f.SubscriptionId)] });
        command.Parameters.Add(new NpgsqlParameter<short[]> { TypedValue = [.. found.Select(f => (short)f.Rank)] });
        command.Parameters.Add(new NpgsqlParameter<float[]> { TypedValue = [.. found.Select(f => f.Score)] });
        command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = [.. found.Select(f => f.DistanceKm)] });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = clock.GetUtcNow() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stored = new Dictionary<Guid, int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[reader.GetGuid(0)] = reader.GetInt32(1);
        }
        return stored;
    }

    // Marks when each school's next batch may go (at once, or when its interval since the last one has passed) where none is
    // marked yet; the schools marked now get a batch job after the commit. A school already marked has its job waiting.
    private async Task<List<DueBatch>> ScheduleAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid[] subscriptionIds, CancellationToken cancellationToken)
    {
        if (subscriptionIds.Length == 0)
        {
            return [];
        }
        await using var command = new NpgsqlCommand("""
            UPDATE alert_subscriptions SET next_batch_at = greatest($2, coalesce(last_batch_at + $3, $2))
            WHERE id = ANY ($1) AND next_batch_at IS NULL
            RETURNING id, next_batch_at
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = subscriptionIds });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = options.Value.BatchInterval });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var due = new List<DueBatch>();
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(new DueBatch(reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1)));
        }
        return due;
    }
}
