using Matching.Api.Data;
using Matching.Api.Http;
using Matching.Jobs.Data;
using Npgsql;
using NpgsqlTypes;

namespace Matching.Api.Rounds;

/// <summary>What a round runs on (its students and offers) and what a run proposes, per student and per offer.</summary>
internal sealed class RoundProposalRepository(NpgsqlDataSource dataSource)
{
    // The region of a PC4, as the shortfall report counts it.
    private const string RegionOf = "JOIN postcodes pc ON pc.code = {0}.pc4 JOIN municipalities m ON m.code = pc.municipality_code";

    private const string AssignmentColumns = """
        ra.student_id, s.school_brin, s.crebo, ra.offer_id, ra.choice, ra.reason, ra.eligible, ra.placement_id, ra.outcome
        """;

    private const string AssignmentsFrom = "round_assignments ra JOIN students s ON s.id = ra.student_id";

    private const string OfferColumns = "offer_id, kvk, places, proposed";

    private const string OffersFrom = """
        (SELECT ro.round_id, ro.offer_id, c.kvk, ro.places,
                coalesce(array_agg(ra.student_id ORDER BY ra.offer_rank) FILTER (WHERE ra.student_id IS NOT NULL), '{}') AS proposed
         FROM round_offers ro
         JOIN offers o ON o.id = ro.offer_id JOIN companies c ON c.id = o.company_id
         LEFT JOIN round_assignments ra ON ra.round_id = ro.round_id AND ra.offer_id = ro.offer_id
         GROUP BY ro.round_id, ro.offer_id, c.kvk, ro.places) r
        """;

    /// <summary>
    /// Seeking students who live in the round's regions, study in its sectors and are available at some time in its start
    /// period; open offers located there, for a qualification in its sectors, starting in the period, with a free place
    /// (places less accepted and active placements that overlap the offer, as the shortfall report counts them).
    /// </summary>
    public async Task<RoundScope> ScopeAsync(PlacementRound round, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Scoped($"""
            SELECT s.id FROM students s {string.Format(RegionOf, "s")} LEFT JOIN qualifications q ON q.crebo = s.crebo
            WHERE s.status = 'seeking' AND m.region_code = ANY ($1) AND (cardinality($2) = 0 OR q.sector_code = ANY ($2))
              AND s.available_from <= $4 AND (s.available_until IS NULL OR s.available_until >= $3)
            ORDER BY s.created_at, s.id
            """, round));
        batch.BatchCommands.Add(Scoped($"""
            SELECT id, free FROM (
                SELECT o.id, o.places - (SELECT count(*) FROM placements pl WHERE pl.offer_id = o.id AND pl.status IN ('accepted', 'active')
                    AND pl.start_date <= o.end_date AND pl.end_date >= o.start_date)::integer AS free
                FROM offers o {string.Format(RegionOf, "o")}
                WHERE o.status = 'open' AND m.region_code = ANY ($1) AND o.start_date BETWEEN $3 AND $4
                  AND (cardinality($2) = 0 OR EXISTS (
                      SELECT 1 FROM unnest(o.crebos) AS c (crebo) JOIN qualifications q ON q.crebo = c.crebo WHERE q.sector_code = ANY ($2)))) o
            WHERE free > 0
            ORDER BY id
            """, round));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var students = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            students.Add(reader.GetGuid(0));
        }
        await reader.NextResultAsync(cancellationToken);
        var offers = new List<(Guid, int)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            offers.Add((reader.GetGuid(0), reader.GetInt32(1)));
        }
        return new RoundScope(students, offers);
    }

    /// <summary>Replaces the round's proposal and marks it proposed, in one transaction; null when the round was confirmed or discarded meanwhile.</summary>
    public async Task<PlacementRound?> SaveAsync(Guid roundId, RoundProposal proposal, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Lock the round first: a concurrent confirmation or discard waits, then finds the new proposal or refuses it.
        await using (var lockRound = new NpgsqlCommand("SELECT status FROM placement_rounds WHERE id = $1 FOR UPDATE", connection, transaction))
        {
            lockRound.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = roundId });
            if (await lockRound.ExecuteScalarAsync(cancellationToken) is not ("open" or "proposed"))
            {
                return null;
            }
        }
        await using (var clear = new NpgsqlBatch(connection, transaction))
        {
            clear.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM round_assignments WHERE round_id = $1") { Parameters = { new NpgsqlParameter<Guid> { TypedValue = roundId } } });
            clear.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM round_offers WHERE round_id = $1") { Parameters = { new NpgsqlParameter<Guid> { TypedValue = roundId } } });
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        await WriteOffersAsync(connection, roundId, proposal.Offers, cancellationToken);
        await WriteLinesAsync(connection, roundId, proposal.Students, cancellationToken);
        var round = await PlacementRoundRepository.MarkProposedAsync(connection, transaction, roundId, proposal.Summary, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return round;
    }

    /// <summary>The proposal per student, by school and student id; a school key sees only its own students.</summary>
    public Task<Page<RoundAssignment>> AssignmentsAsync(Guid roundId, string? schoolBrin, RoundAssignmentQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter().Where("ra.round_id = {0}", roundId).WhereIf("s.school_brin = {0}", schoolBrin);
        if (query.Placed is { } placed)
        {
            filter.Where(placed ? "ra.offer_id IS NOT NULL" : "ra.offer_id IS NULL");
        }
        return PagedList.ReadAsync(dataSource, AssignmentColumns, AssignmentsFrom, filter, "s.school_brin, ra.student_id", query, ReadAssignment, cancellationToken);
    }

    /// <summary>The proposal per offer; a company key sees only its own offers.</summary>
    public Task<Page<RoundOfferLine>> OffersAsync(Guid roundId, string? companyKvk, PagedQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter().Where("round_id = {0}", roundId).WhereIf("kvk = {0}", companyKvk);
        return PagedList.ReadAsync(dataSource, OfferColumns, OffersFrom, filter, "offer_id", query, ReadOffer, cancellationToken);
    }

    /// <summary>
    /// Holds the round's confirmation lock until the returned lock is disposed: two confirmations of one round take
    /// turns, so each line is proposed once and records its own outcome.
    /// </summary>
    public async Task<RoundLock> LockConfirmationAsync(Guid roundId, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            // Transaction-scoped: the lock ends with the transaction, never left behind on a pooled connection.
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "SELECT pg_advisory_xact_lock(hashtextextended('placement-round-confirmation:' || $1::text, 0))", connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = roundId });
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new RoundLock(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The proposed lines that confirmation has not turned into a placement yet, by student id.</summary>
    public async Task<IReadOnlyList<(Guid StudentId, Guid OfferId)>> UnconfirmedAsync(Guid roundId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT student_id, offer_id FROM round_assignments WHERE round_id = $1 AND offer_id IS NOT NULL AND outcome IS NULL ORDER BY student_id
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = roundId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lines = new List<(Guid, Guid)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add((reader.GetGuid(0), reader.GetGuid(1)));
        }
        return lines;
    }

    public async Task SetOutcomeAsync(Guid roundId, Guid studentId, Guid? placementId, string outcome, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE round_assignments SET placement_id = $3, outcome = $4 WHERE round_id = $1 AND student_id = $2 AND outcome IS NULL
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = roundId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = studentId });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)placementId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = outcome });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Scoped(string sql, PlacementRound round) => new(sql)
    {
        Parameters =
        {
            new NpgsqlParameter<string[]> { TypedValue = [.. round.Regions] },
            new NpgsqlParameter<string[]> { TypedValue = [.. round.Sectors] },
            new NpgsqlParameter<DateOnly> { TypedValue = round.StartFrom },
            new NpgsqlParameter<DateOnly> { TypedValue = round.StartUntil },
        },
    };

    private static async Task WriteOffersAsync(NpgsqlConnection connection, Guid roundId, IReadOnlyList<(Guid Id, int Places)> offers, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync("COPY round_offers (round_id, offer_id, places) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (id, places) in offers)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(roundId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(places, NpgsqlDbType.Integer, cancellationToken);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteLinesAsync(NpgsqlConnection connection, Guid roundId, IReadOnlyList<ProposedLine> lines, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY round_assignments (round_id, student_id, offer_id, choice, offer_rank, reason, eligible) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var line in lines)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(roundId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(line.StudentId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteNullableAsync(writer, line.OfferId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteNullableAsync(writer, line.Choice, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullableAsync(writer, line.OfferRank, NpgsqlDbType.Integer, cancellationToken);
            if (line.Reason is null)
            {
                await writer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await writer.WriteAsync(line.Reason, NpgsqlDbType.Text, cancellationToken);
            }
            await writer.WriteAsync(line.EligibleOffers, NpgsqlDbType.Integer, cancellationToken);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken) where T : struct
    {
        if (value is { } present)
        {
            await writer.WriteAsync(present, type, cancellationToken);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken);
        }
    }

    private static RoundAssignment ReadAssignment(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetGuid(3), r.IsDBNull(4) ? null : r.GetInt32(4),
        r.IsDBNull(5) ? null : r.GetString(5), r.GetInt32(6), r.IsDBNull(7) ? null : r.GetGuid(7), r.IsDBNull(8) ? null : r.GetString(8));

    private static RoundOfferLine ReadOffer(NpgsqlDataReader r) => new(r.GetGuid(0), r.GetString(1), r.GetInt32(2), r.GetFieldValue<Guid[]>(3));
}
