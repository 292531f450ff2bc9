using Npgsql;

namespace Matching.Jobs.Recruitment;

/// <summary>
/// Reads the <see cref="CompanySupply"/> for cells in two round trips: the companies accredited for a cell's crebos at
/// some time in the cells' months that lie in the cell's region or its box, then those companies' offers by month and
/// their placements. Set-based on purpose: a query per cell or per company takes minutes for a report of every region.
/// </summary>
internal static class CompanySupplyQuery
{
    // The paths are matched in memory: per cell the crebos are few, and a filter on pairs gives the planner nothing to estimate by.
    private const string AccreditedSql = """
        WITH areas AS (
            SELECT * FROM unnest($1::integer[], $2::text[], $3::float8[], $4::float8[], $5::float8[], $6::float8[])
                AS c (cell, region_code, south, north, west, east)),
        wanted AS (SELECT * FROM unnest($7::integer[], $8::integer[]) AS w (cell, crebo))
        SELECT DISTINCT a.company_id, a.crebo, a.learning_path, a.valid_from, a.valid_until,
            co.kvk, co.name, co.pc4, pc.place, m.region_code, r.name, pc.latitude, pc.longitude
        FROM wanted w
        JOIN areas c ON c.cell = w.cell
        JOIN accreditations a ON a.crebo = w.crebo
        JOIN companies co ON co.id = a.company_id
        JOIN postcodes pc ON pc.code = co.pc4
        JOIN municipalities m ON m.code = pc.municipality_code
        JOIN labour_market_regions r ON r.code = m.region_code
        WHERE a.valid_from < $10 AND (a.valid_until IS NULL OR a.valid_until >= $9)
          AND (m.region_code = c.region_code OR (pc.latitude BETWEEN c.south AND c.north AND pc.longitude BETWEEN c.west AND c.east))
        """;

    // Per month of start, all offers (for the year before a cell) and the open ones with a free place that run into the
    // snapshot's first month ($3), counted as the snapshot's supply is: those starting from twelve months before the
    // first cell ($4), and open ones that started earlier and run still (the first month's supply). The companies come
    // as one array ($1), which PostgreSQL looks up by hash while it reads the offers once: an index lookup per company
    // takes longer from a few thousand companies on.
    private const string OffersSql = """
        SELECT o.company_id, c.crebo, o.learning_path, date_trunc('month', o.start_date)::date, count(*)::integer,
            (count(*) FILTER (WHERE o.status = 'open' AND o.end_date >= $3 AND o.places > (
                SELECT count(*) FROM placements pl WHERE pl.offer_id = o.id AND pl.status IN ('accepted', 'active')
                  AND pl.start_date <= o.end_date AND pl.end_date >= o.start_date)))::integer
        FROM offers o
        CROSS JOIN LATERAL unnest(o.crebos) AS c (crebo)
        WHERE o.company_id = ANY ($1) AND c.crebo = ANY ($2) AND o.start_date < $5 AND (o.start_date >= $4 OR (o.status = 'open' AND o.end_date >= $3))
        GROUP BY 1, 2, 3, 4
        """;

    // Counted per offer's crebos rather than per student's: an erased student's placement stays without the student.
    private const string PlacementsSql = """
        SELECT o.company_id, o.learning_path, o.crebos, count(*)::integer
        FROM offers o
        JOIN placements p ON p.offer_id = o.id
        WHERE o.company_id = ANY ($1) AND p.status IN ('accepted', 'active', 'ended')
        GROUP BY 1, 2, 3
        """;

    public static async Task<CompanySupply> ReadAsync(
        NpgsqlConnection connection, IReadOnlyList<CellArea> areas, DateOnly firstMonth, DateOnly fromMonth, DateOnly toMonth,
        CancellationToken cancellationToken)
    {
        var (accreditations, companies) = await AccreditedAsync(connection, areas, fromMonth, toMonth, cancellationToken);
        var offers = new List<OfferMonth>();
        var placements = new List<PlacementGroup>();
        if (companies.Count > 0)
        {
            Guid[] ids = [.. companies.Keys];
            await using var batch = new NpgsqlBatch(connection);
            var offersCommand = new NpgsqlBatchCommand(OffersSql);
            offersCommand.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ids });
            offersCommand.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. areas.SelectMany(area => area.Crebos).Distinct()] });
            offersCommand.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = firstMonth });
            offersCommand.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = fromMonth.AddMonths(-12) });
            offersCommand.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = toMonth.AddMonths(1) });
            var placementsCommand = new NpgsqlBatchCommand(PlacementsSql);
            placementsCommand.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ids });
            batch.BatchCommands.Add(offersCommand);
            batch.BatchCommands.Add(placementsCommand);
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                offers.Add(new OfferMonth(reader.GetGuid(0), reader.GetInt32(1), reader.GetString(2), reader.GetFieldValue<DateOnly>(3), reader.GetInt32(4), reader.GetInt32(5)));
            }
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                placements.Add(new PlacementGroup(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<int[]>(2), reader.GetInt32(3)));
            }
        }
        return new CompanySupply(
            accreditations.ToLookup(a => (a.Crebo, a.LearningPath)), companies,
            offers.ToLookup(o => (o.CompanyId, o.Crebo, o.LearningPath)), placements.ToLookup(p => p.CompanyId));
    }

    private static async Task<(List<AccreditationSpan>, Dictionary<Guid, CandidateCompany>)> AccreditedAsync(
        NpgsqlConnection connection, IReadOnlyList<CellArea> areas, DateOnly fromMonth, DateOnly toMonth, CancellationToken cancellationToken)
    {
        var wanted = Enumerable.Range(0, areas.Count).SelectMany(i => areas[i].Crebos.Select(crebo => (Cell: i, Crebo: crebo))).ToList();
        await using var command = new NpgsqlCommand(AccreditedSql, connection);
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. Enumerable.Range(0, areas.Count)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. areas.Select(area => area.RegionCode)] });
        command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = [.. areas.Select(area => area.Box.South)] });
        command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = [.. areas.Select(area => area.Box.North)] });
        command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = [.. areas.Select(area => area.Box.West)] });
        command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = [.. areas.Select(area => area.Box.East)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. wanted.Select(w => w.Cell)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. wanted.Select(w => w.Crebo)] });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = fromMonth });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = toMonth.AddMonths(1) });
        var accreditations = new List<AccreditationSpan>();
        var companies = new Dictionary<Guid, CandidateCompany>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            if (!companies.TryGetValue(id, out var company))
            {
                companies[id] = company = new CandidateCompany(id, reader.GetString(5), reader.GetString(6), reader.GetInt32(7), reader.GetString(8),
                    reader.GetString(9), reader.GetString(10), reader.GetDouble(11), reader.GetDouble(12));
            }
            accreditations.Add(new AccreditationSpan(company, reader.GetInt32(1), reader.GetString(2), reader.GetFieldValue<DateOnly>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4)));
        }
        return (accreditations, companies);
    }
}
