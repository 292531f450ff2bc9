using Npgsql;

namespace Matching.Api.Rounds;

/// <summary>
/// Schools' and companies' explicit rankings for a round. A ranking is written only while its round is open and before
/// its deadline, checked in the same statement, so a ranking never slips in after the round ran.
/// </summary>
internal sealed class RoundRankingRepository(NpgsqlDataSource dataSource)
{
    private const string Open = "SELECT 1 FROM placement_rounds WHERE id = $1 AND status = 'open' AND preferences_deadline > now()";

    /// <summary>Stores a student's ranking; null when the round takes no rankings now.</summary>
    public async Task<StudentRanking?> SaveStudentRankingAsync(Guid roundId, Guid studentId, IReadOnlyList<Guid> offerIds, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO round_student_rankings (round_id, student_id, offer_ids) SELECT $1, $2, $3 WHERE EXISTS ({Open})
            ON CONFLICT (round_id, student_id) DO UPDATE SET offer_ids = excluded.offer_ids, updated_at = now()
            RETURNING round_id, student_id, offer_ids, updated_at
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = roundId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = studentId });
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. offerIds] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadStudent(reader) : null;
    }

    /// <summary>Stores an offer's ranking; null when the round takes no rankings now.</summary>
    public async Task<OfferRanking?> SaveOfferRankingAsync(Guid roundId, Guid offerId, IReadOnlyList<string> candidateRefs, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO round_offer_rankings (round_id, offer_id, candidate_refs) SELECT $1, $2, $3 WHERE EXISTS ({Open})
            ON CONFLICT (round_id, offer_id) DO UPDATE SET candidate_refs = excluded.candidate_refs, updated_at = now()
            RETURNING round_id, offer_id, candidate_refs, updated_at
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = roundId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = offerId });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. candidateRefs] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadOffer(reader) : null;
    }

    public async Task<StudentRanking?> FindStudentRankingAsync(Guid roundId, Guid studentId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT round_id, student_id, offer_ids, updated_at FROM round_student_rankings WHERE round_id = $1 AND student_id = $2");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = roundId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = studentId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadStudent(reader) : null;
    }

    public async Task<OfferRanking?> FindOfferRankingAsync(Guid roundId, Guid offerId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT round_id, offer_id, candidate_refs, updated_at FROM round_offer_rankings WHERE round_id = $1 AND offer_id = $2");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = roundId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = offerId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadOffer(reader) : null;
    }

    /// <summary>Every explicit ranking of a round, by student and by offer, as the run reads them.</summary>
    public async Task<(Dictionary<Guid, Guid[]> Students, Dictionary<Guid, string[]> Offers)> AllAsync(Guid roundId, CancellationToken cancellationToken)
    {
        var students = new Dictionary<Guid, Guid[]>();
        var offers = new Dictionary<Guid, string[]>();
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT student_id, offer_ids FROM round_student_rankings WHERE round_id = $1")
        {
            Parameters = { new NpgsqlParameter<Guid> { TypedValue = roundId } },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT offer_id, candidate_refs FROM round_offer_rankings WHERE round_id = $1")
        {
            Parameters = { new NpgsqlParameter<Guid> { TypedValue = roundId } },
        });
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            students[reader.GetGuid(0)] = reader.GetFieldValue<Guid[]>(1);
        }
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            offers[reader.GetGuid(0)] = reader.GetFieldValue<string[]>(1);
        }
        return (students, offers);
    }

    private static StudentRanking ReadStudent(NpgsqlDataReader r) =>
        new(r.GetGuid(0), r.GetGuid(1), r.GetFieldValue<Guid[]>(2), r.GetFieldValue<DateTimeOffset>(3));

    private static OfferRanking ReadOffer(NpgsqlDataReader r) =>
        new(r.GetGuid(0), r.GetGuid(1), r.GetFieldValue<string[]>(2), r.GetFieldValue<DateTimeOffset>(3));
}
