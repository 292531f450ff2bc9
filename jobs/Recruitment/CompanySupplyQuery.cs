using Npgsql;

namespace Matching.Jobs.Recruitment;

/// <summary>
/// Reads the <see cref="CompanySupply"/> for the cells' crebos in one round trip of four statements, each over the
/// same accredited companies: accredited at some time in the cells' months, in one of the cells' regions or inside a
/// box their students' travel cannot leave. Set-based on purpose: a report of every region has about 1,400 flagged
/// cells, and a query per cell or per company would take minutes.
/// </summary>
internal static class CompanySupplyQuery
{
    // $1 the wanted crebos (the paths are matched in memory: a filter on pairs gives the planner no estimate to go by),
    // $2 the first cell month, $3 the end of the last, $4 the cells' regions, $5-$8 the box (south, north, west, east).
    private const string Accredited = """
        WITH accredited AS (
            SELECT a.company_id, a.crebo, a.learning_path, a.valid_from, a.valid_until
            FROM accreditations a
            JOIN companies co ON co.id = a.company_id
            JOIN postcodes pc ON pc.code = co.pc4
            JOIN municipalities m ON m.code = pc.municipality_code
            WHERE a.crebo = ANY ($1) AND a.valid_from < $3 AND (a.valid_until IS NULL OR a.valid_until >= $2)
              AND (m.region_code = ANY ($4) OR (pc.latitude BETWEEN $5 AND $6 AND pc.longitude BETWEEN $7 AND $8)))
        """;

    private const string AccreditationsSql = Accredited + "SELECT company_id, crebo, learning_path, valid_from, valid_until FROM accredited";

    private const string CompaniesSql = Accredited + """
        SELECT co.id, co.kvk, co.name, co.pc4, pc.place, m.region_code, r.name, pc.latitude, pc.longitude
        FROM companies co
        JOIN postcodes pc ON pc.code = co.pc4
        JOIN municipalities m ON m.code = pc.municipality_code
        JOIN labour_market_regions r ON r.code = m.region_code
        WHERE co.id IN (SELECT company_id FROM accredited)
        """;

    // Per month of start, all offers (for the year before a cell) and the open ones with a free place that run into the
    // snapshot's first month ($9), counted as the snapshot's supply is: those starting from twelve months before the
    // first cell ($10), and open ones that started earlier and run still (the first month's supply).
    private const string OffersSql = Accredited + """
        SELECT o.company_id, c.crebo, o.learning_path, date_trunc('month', o.start_date)::date, count(*)::integer,
            (count(*) FILTER (WHERE o.status = 'open' AND o.end_date >= $9 AND o.places > (
                SELECT count(*) FROM placements pl WHERE pl.offer_id = o.id AND pl.status IN ('accepted', 'active')
                  AND pl.start_date <= o.end_date AND pl.end_date >= o.start_date)))::integer
        FROM offers o
        CROSS JOIN LATERAL unnest(o.crebos) AS c (crebo)
        WHERE o.company_id IN (SELECT company_id FROM accredited) AND c.crebo = ANY ($1) AND o.start_date < $3
          AND (o.start_date >= $10 OR (o.status = 'open' AND o.end_date >= $9))
        GROUP BY 1, 2, 3, 4
        """;

    // Counted per offer's crebos rather than per student's: an erased student's placement stays without the student.
    private const string PlacementsSql = Accredited + """
        SELECT o.company_id, o.learning_path, o.crebos, count(*)::integer
        FROM placements p
        JOIN offers o ON o.id = p.offer_id
        WHERE o.company_id IN (SELECT company_id FROM accredited) AND p.status IN ('accepted', 'active', 'ended')
        GROUP BY 1, 2, 3
        """;

    public static async Task<CompanySupply> ReadAsync(
        NpgsqlConnection connection, IReadOnlyList<int> crebos, DateOnly firstMonth, DateOnly fromMonth,
        DateOnly toMonth, IReadOnlyList<string> regions, ReachBox box, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var sql in new[] { AccreditationsSql, CompaniesSql, OffersSql, PlacementsSql })
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. crebos] });
            command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = fromMonth });
            command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = toMonth.AddMonths(1) });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. regions] });
            command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = box.South });
            command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = box.North });
            command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = box.West });
            command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = box.East });
            if (sql == OffersSql)
            {
                command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = firstMonth });
                command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = fromMonth.AddMonths(-12) });
            }
            batch.BatchCommands.Add(command);
        }
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var accreditations = new List<AccreditationSpan>();
        while (await reader.ReadAsync(cancellationToken))
        {
            accreditations.Add(new AccreditationSpan(reader.GetGuid(0), reader.GetInt32(1), reader.GetString(2), reader.GetFieldValue<DateOnly>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4)));
        }
        await reader.NextResultAsync(cancellationToken);
        var companies = new Dictionary<Guid, CandidateCompany>();
        while (await reader.ReadAsync(cancellationToken))
        {
            companies[reader.GetGuid(0)] = new CandidateCompany(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetDouble(7), reader.GetDouble(8));
        }
        await reader.NextResultAsync(cancellationToken);
        var offers = new List<OfferMonth>();
        while (await reader.ReadAsync(cancellationToken))
        {
            offers.Add(new OfferMonth(reader.GetGuid(0), reader.GetInt32(1), reader.GetString(2), reader.GetFieldValue<DateOnly>(3), reader.GetInt32(4), reader.GetInt32(5)));
        }
        await reader.NextResultAsync(cancellationToken);
        var placements = new List<PlacementGroup>();
        while (await reader.ReadAsync(cancellationToken))
        {
            placements.Add(new PlacementGroup(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<int[]>(2), reader.GetInt32(3)));
        }
        return new CompanySupply(
            accreditations.ToLookup(a => (a.Crebo, a.LearningPath)), companies,
            offers.ToLookup(o => (o.CompanyId, o.Crebo, o.LearningPath)), placements.ToLookup(p => p.CompanyId));
    }
}
