using Matching.Api.Data;
using Matching.Api.Http;
using Matching.Jobs.Data;
using Npgsql;

namespace Matching.Api.Offers;

internal sealed class OfferRepository(NpgsqlDataSource dataSource)
{
    /// <summary>Accepted or active placements that overlap the offer's period: what takes up a place.</summary>
    public const string BookedPlacesSql = """
        (SELECT count(*)::integer FROM placements p WHERE p.offer_id = o.id AND p.status IN ('accepted', 'active')
            AND p.start_date <= o.end_date AND p.end_date >= o.start_date)
        """;

    private const string Columns = $"""
        o.id, o.company_id, c.name, c.kvk, o.title, o.description, o.requirements, o.crebos, o.level_min, o.level_max, o.learning_path,
        o.pc4, o.start_date, o.end_date, o.places, greatest(0, o.places - {BookedPlacesSql}), o.hours_per_week,
        o.monthly_allowance_euros, o.languages, o.status, o.version, o.published_at, o.updated_at
        """;

    private const string From = "offers o JOIN companies c ON c.id = o.company_id";

    public async Task<Offer?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM {From} WHERE o.id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>The offers with these ids that still exist, keyed by id.</summary>
    public async Task<Offer> InsertAsync(Guid companyId, int pc4, OfferRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        await using var command = dataSource.CreateCommand("""
            INSERT INTO offers (id, company_id, pc4, title, description, requirements, crebos, level_min, level_max, learning_path,
                start_date, end_date, places, hours_per_week, monthly_allowance_euros, languages, status)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 'open')
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = companyId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = pc4 });
        AddFields(command.Parameters, request);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return (await FindAsync(id, cancellationToken))!;
    }

    /// <summary>
    /// Replaces an offer at <paramref name="expectedVersion"/>. The row is locked first, so the check
    /// that places do not drop below the booked placements cannot race an acceptance.
    /// </summary>
    public async Task<(OfferWriteOutcome Outcome, Offer? Offer)> UpdateAsync(
        Guid id, int expectedVersion, int pc4, OfferRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var locked = await LockAsync(connection, transaction, id, cancellationToken);
        var outcome = locked switch
        {
            null => OfferWriteOutcome.NotFound,
            _ when locked.Version != expectedVersion => OfferWriteOutcome.VersionMismatch,
            _ when request.Places < locked.Booked => OfferWriteOutcome.PlacesBelowBooked,
            _ => OfferWriteOutcome.Done,
        };
        if (outcome != OfferWriteOutcome.Done)
        {
            return (outcome, null);
        }
        await using (var update = new NpgsqlCommand("""
            UPDATE offers SET pc4 = $3, title = $4, description = $5, requirements = $6, crebos = $7, level_min = $8, level_max = $9,
                learning_path = $10, start_date = $11, end_date = $12, places = $13, hours_per_week = $14,
                monthly_allowance_euros = $15, languages = $16, version = version + 1, updated_at = now()
            WHERE id = $1 AND version = $2
            """, connection, transaction))
        {
            update.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
            update.Parameters.Add(new NpgsqlParameter<int> { TypedValue = expectedVersion });
            update.Parameters.Add(new NpgsqlParameter<int> { TypedValue = pc4 });
            AddFields(update.Parameters, request);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return (OfferWriteOutcome.Done, await FindAsync(id, cancellationToken));
    }

    /// <summary>Closes an offer (idempotent); with a version, only if the offer is still at it.</summary>
    public async Task<(OfferWriteOutcome Outcome, Offer? Offer)> CloseAsync(Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE offers SET status = 'closed', version = version + 1, updated_at = now()
            WHERE id = $1 AND ($2::integer IS NULL OR version = $2) AND status <> 'closed'
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)expectedVersion ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        var changed = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        var offer = await FindAsync(id, cancellationToken);
        return offer switch
        {
            null => (OfferWriteOutcome.NotFound, null),
            // Closing a closed offer again is done already, unless If-Match names a version it no longer has.
            _ when changed || (offer.Status == "closed" && (expectedVersion is null || expectedVersion == offer.Version)) => (OfferWriteOutcome.Done, offer),
            _ => (OfferWriteOutcome.VersionMismatch, null),
        };
    }

    public Task<Page<Offer>> ListAsync(OfferListQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .WhereIf("o.status = {0}", query.Status)
            .WhereIf("o.crebos @> ARRAY[{0}]", query.Crebo)
            .WhereIf("o.learning_path = {0}", query.LearningPath)
            .WhereIf("c.sector_code = {0}", query.Sector)
            .WhereIf("o.pc4 IN (SELECT pc.code FROM postcodes pc JOIN municipalities m ON m.code = pc.municipality_code WHERE m.region_code = {0})", query.Region)
            .WhereIf("o.company_id = {0}", query.CompanyId)
            .WhereIf("o.start_date >= {0}", query.StartFrom)
            .WhereIf("o.start_date <= {0}", query.StartTo);
        return PagedList.ReadAsync(dataSource, Columns, From, filter, "o.published_at, o.id", query, Read, cancellationToken);
    }

    /// <summary>Locks the offer row for the rest of the transaction; null when there is no such offer.</summary>
    public static async Task<OfferLock?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken)
    {
        // Two statements on purpose: under READ COMMITTED a statement that waited for the lock still
        // counts placements in the snapshot it took before waiting; the second statement sees every
        // acceptance committed by the transactions that held the lock before us.
        await using var batch = new NpgsqlBatch(connection, transaction);
        var lockRow = new NpgsqlBatchCommand("SELECT 1 FROM offers WHERE id = $1 FOR UPDATE");
        lockRow.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        var read = new NpgsqlBatchCommand($"SELECT o.version, o.status, o.places, {BookedPlacesSql} FROM offers o WHERE o.id = $1");
        read.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        batch.BatchCommands.Add(lockRow);
        batch.BatchCommands.Add(read);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new OfferLock(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)) : null;
    }

    // Parameters $4 to $16, in the order of the INSERT and UPDATE statements above.
    private static void AddFields(NpgsqlParameterCollection parameters, OfferRequest request)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Title });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Description });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Requirements ?? "" });
        parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. request.Crebos] });
        parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)request.LevelMin });
        parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)request.LevelMax });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = request.LearningPath });
        parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = request.StartDate });
        parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = request.EndDate });
        parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Places });
        parameters.Add(new NpgsqlParameter<int> { TypedValue = request.HoursPerWeek });
        parameters.Add(new NpgsqlParameter<int?> { TypedValue = request.MonthlyAllowanceEuros });
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. request.Languages ?? []] });
    }

    private static Offer Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetFieldValue<int[]>(7),
        r.GetInt16(8), r.GetInt16(9), r.GetString(10), r.GetInt32(11), r.GetFieldValue<DateOnly>(12), r.GetFieldValue<DateOnly>(13),
        r.GetInt32(14), r.GetInt32(15), r.GetInt32(16), r.IsDBNull(17) ? null : r.GetInt32(17), r.GetFieldValue<string[]>(18),
        r.GetString(19), r.GetInt32(20), r.GetFieldValue<DateTimeOffset>(21), r.GetFieldValue<DateTimeOffset>(22));
}
