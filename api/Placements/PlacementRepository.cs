using Matching.Api.Data;
using Matching.Api.Http;
using Matching.Api.Offers;
using Matching.Jobs.Data;
using Npgsql;

namespace Matching.Api.Placements;

/// <summary>
/// Placements and their status changes. Every change that can take a place locks the offer's row
/// first, so free places are counted and taken by one transaction at a time and never go below zero.
/// </summary>
internal sealed class PlacementRepository(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        pl.id, pl.student_id, pl.offer_id, s.school_brin, o.company_id, c.kvk, pl.start_date, pl.end_date, pl.status, pl.version,
        pl.created_at, pl.updated_at
        """;

    private const string From = """
        placements pl LEFT JOIN students s ON s.id = pl.student_id JOIN offers o ON o.id = pl.offer_id JOIN companies c ON c.id = o.company_id
        """;

    public async Task<Placement?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, null, id, cancellationToken);
    }

    public async Task<(PlacementOutcome Outcome, Placement? Placement)> ProposeAsync(
        Guid studentId, Guid offerId, DateOnly startDate, DateOnly endDate, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var outcome = await CheckCapacityAsync(connection, transaction, offerId, cancellationToken);
        if (outcome != PlacementOutcome.Done)
        {
            return (outcome, null);
        }
        var id = Guid.CreateVersion7();
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO placements (id, student_id, offer_id, start_date, end_date, status) VALUES ($1, $2, $3, $4, $5, 'proposed')
            ON CONFLICT (student_id, offer_id) WHERE status IN ('proposed', 'accepted', 'active') DO NOTHING
            """, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = studentId });
            insert.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = offerId });
            insert.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = startDate });
            insert.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = endDate });
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return (PlacementOutcome.AlreadyProposed, null);
            }
        }
        var placement = await FindAsync(connection, transaction, id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (PlacementOutcome.Done, placement);
    }

    /// <summary>Applies a status change; an acceptance takes a free place or fails with NoFreePlaces.</summary>
    public async Task<(PlacementOutcome Outcome, Placement? Placement)> TransitionAsync(
        Guid id, PlacementTransition transition, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await FindAsync(connection, transaction, id, cancellationToken);
        if (current is null)
        {
            return (PlacementOutcome.NotFound, null);
        }
        if (transition.TakesPlace)
        {
            // Lock the offer before the placement, the order every writer uses, so two acceptances queue up.
            var capacity = await CheckCapacityAsync(connection, transaction, current.OfferId, cancellationToken);
            if (capacity != PlacementOutcome.Done)
            {
                return (capacity, null);
            }
        }
        await using (var update = new NpgsqlCommand("""
            UPDATE placements SET status = $2, version = version + 1, updated_at = now() WHERE id = $1 AND status = ANY($3)
            """, connection, transaction))
        {
            update.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
            update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = transition.Target });
            update.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = transition.From });
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return (PlacementOutcome.WrongStatus, current);
            }
        }
        if (current.StudentId is { } studentId)
        {
            await UpdateStudentStatusAsync(connection, transaction, studentId, cancellationToken);
        }
        var placement = await FindAsync(connection, transaction, id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (PlacementOutcome.Done, placement);
    }

    /// <summary>Every placement of one student, oldest first (for an export).</summary>
    public async Task<IReadOnlyList<Placement>> OfStudentAsync(Guid studentId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM {From} WHERE pl.student_id = $1 ORDER BY pl.created_at, pl.id");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = studentId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var placements = new List<Placement>();
        while (await reader.ReadAsync(cancellationToken))
        {
            placements.Add(Read(reader));
        }
        return placements;
    }

    public Task<Page<Placement>> ListAsync(string? schoolBrin, string? companyKvk, PlacementListQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .WhereIf("s.school_brin = {0}", schoolBrin)
            .WhereIf("c.kvk = {0}", companyKvk)
            .WhereIf("pl.student_id = {0}", query.StudentId)
            .WhereIf("pl.offer_id = {0}", query.OfferId)
            .WhereIf("pl.status = {0}", query.Status);
        return PagedList.ReadAsync(dataSource, Columns, From, filter, "pl.created_at, pl.id", query, Read, cancellationToken);
    }

    private static async Task<PlacementOutcome> CheckCapacityAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid offerId, CancellationToken cancellationToken) =>
        await OfferRepository.LockAsync(connection, transaction, offerId, cancellationToken) switch
        {
            null => PlacementOutcome.NotFound,
            { Status: not "open" } => PlacementOutcome.OfferNotOpen,
            { FreePlaces: 0 } => PlacementOutcome.NoFreePlaces,
            _ => PlacementOutcome.Done,
        };

    // A student with an accepted or active placement is placed; one whose last such placement went is seeking again.
    private static async Task UpdateStudentStatusAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid studentId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            UPDATE students s SET status = CASE WHEN placed THEN 'placed' ELSE 'seeking' END, version = version + 1, updated_at = now()
            FROM (SELECT EXISTS (SELECT 1 FROM placements WHERE student_id = $1 AND status IN ('accepted', 'active')) AS placed) p
            WHERE s.id = $1 AND s.status <> 'inactive' AND s.status <> CASE WHEN placed THEN 'placed' ELSE 'seeking' END
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = studentId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<Placement?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM {From} WHERE pl.id = $1", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static Placement Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.IsDBNull(1) ? null : r.GetGuid(1), r.GetGuid(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetGuid(4), r.GetString(5), r.GetFieldValue<DateOnly>(6),
        r.GetFieldValue<DateOnly>(7), r.GetString(8), r.GetInt32(9), r.GetFieldValue<DateTimeOffset>(10), r.GetFieldValue<DateTimeOffset>(11));
}
