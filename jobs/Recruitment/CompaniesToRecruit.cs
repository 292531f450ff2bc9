using Matching.Engine.Geo;
using Matching.Jobs.Reports;
using Npgsql;

namespace Matching.Jobs.Recruitment;

/// <summary>
/// Finds, for flagged cells of a week's snapshot, the accredited leerbedrijven to recruit places from (see
/// <see cref="RecruitRanking"/>). The cell and its short crebos (those with a shortfall of their own) are the snapshot's;
/// the students, accreditations, offers and placements are as they are now, so the list follows the offers companies
/// open after the snapshot. The cell's students are the snapshot's demand by the same rule: seeking, living in the
/// region, with a short crebo, and available from the cell's month (from the snapshot's first month for those available
/// already).
/// </summary>
public sealed class CompaniesToRecruit(NpgsqlDataSource dataSource)
{
    // Students, grouped by crebo, path, PC4 and travel distance: the ranking needs where they live and how far they go, not who they are.
    // The snapshot's first month is its earliest start month: every seeking student and open offer falls in a month from there on.
    private const string StudentsSql = """
        WITH first AS (SELECT min(start_month) AS first_month FROM shortfall_snapshots WHERE iso_week = $1),
        wanted AS (SELECT * FROM unnest($2::integer[], $3::text[], $4::date[], $5::integer[]) AS w (cell, region_code, start_month, crebo))
        SELECT w.cell, s.crebo, s.learning_path, pc.latitude, pc.longitude, s.max_distance_km, count(*)::integer
        FROM students s
        JOIN postcodes pc ON pc.code = s.pc4
        JOIN municipalities m ON m.code = pc.municipality_code
        CROSS JOIN first f
        JOIN wanted w ON w.crebo = s.crebo AND w.region_code = m.region_code
            AND w.start_month = greatest(date_trunc('month', s.available_from)::date, f.first_month)
        WHERE s.status = 'seeking' AND (s.available_until IS NULL OR s.available_until >= f.first_month)
        GROUP BY 1, 2, 3, 4, 5, 6
        """;

    // Companies accredited for a wanted crebo and path at some day of the cell's month, in the cell's region or inside a
    // box around its students that their longest travel distance cannot leave; the ranking then measures each distance.
    // Open offers count as the snapshot's supply does: open, with a free place, starting in the cell's month.
    private const string CandidatesSql = """
        WITH first AS (SELECT min(start_month) AS first_month FROM shortfall_snapshots WHERE iso_week = $1),
        wanted AS (SELECT * FROM unnest($2::integer[], $3::integer[], $4::text[]) AS w (cell, crebo, learning_path)),
        cells AS (
            SELECT * FROM unnest($5::integer[], $6::text[], $7::date[], $8::float8[], $9::float8[], $10::float8[], $11::float8[])
                AS c (cell, region_code, start_month, south, north, west, east)),
        candidates AS (
            SELECT DISTINCT w.cell, c.start_month, w.crebo, w.learning_path, a.company_id
            FROM wanted w
            JOIN cells c ON c.cell = w.cell
            JOIN accreditations a ON a.crebo = w.crebo AND a.learning_path = w.learning_path
                AND a.valid_from < (c.start_month + interval '1 month')::date AND (a.valid_until IS NULL OR a.valid_until >= c.start_month)
            JOIN companies co ON co.id = a.company_id
            JOIN postcodes pc ON pc.code = co.pc4
            JOIN municipalities m ON m.code = pc.municipality_code
            WHERE m.region_code = c.region_code
               OR (pc.latitude BETWEEN c.south AND c.north AND pc.longitude BETWEEN c.west AND c.east))
        SELECT cd.cell, co.id, co.kvk, co.name, co.pc4, pc.place, m.region_code, r.name, pc.latitude, pc.longitude, cd.crebo, cd.learning_path,
            (SELECT count(*)::integer FROM offers o CROSS JOIN first f
             WHERE o.company_id = co.id AND o.status = 'open' AND o.learning_path = cd.learning_path AND cd.crebo = ANY (o.crebos)
               AND o.end_date >= f.first_month AND greatest(date_trunc('month', o.start_date)::date, f.first_month) = cd.start_month
               AND o.places > (SELECT count(*) FROM placements pl WHERE pl.offer_id = o.id AND pl.status IN ('accepted', 'active')
                               AND pl.start_date <= o.end_date AND pl.end_date >= o.start_date)),
            (SELECT count(*)::integer FROM offers o
             WHERE o.company_id = co.id AND o.learning_path = cd.learning_path AND cd.crebo = ANY (o.crebos)
               AND o.start_date >= (cd.start_month - interval '12 months')::date AND o.start_date < cd.start_month)
        FROM candidates cd
        JOIN companies co ON co.id = cd.company_id
        JOIN postcodes pc ON pc.code = co.pc4
        JOIN municipalities m ON m.code = pc.municipality_code
        JOIN labour_market_regions r ON r.code = m.region_code
        """;

    private const string PlacementsSql = """
        SELECT o.company_id, o.learning_path, o.crebos, count(*)::integer
        FROM placements p
        JOIN offers o ON o.id = p.offer_id
        WHERE o.company_id = ANY ($1) AND p.status IN ('accepted', 'active', 'ended')
        GROUP BY 1, 2, 3
        """;

    private const double KmPerDegreeOfLatitude = Haversine.EarthRadiusKm * Math.PI / 180;

    /// <summary>Every company to recruit for each of the cells (flagged cells of <paramref name="week"/>), in the cells' order.</summary>
    public async Task<IReadOnlyList<CellRecruits>> FindAsync(string week, IReadOnlyList<ShortfallCell> cells, CancellationToken cancellationToken)
    {
        var shortCrebos = cells.Select(cell => cell.ByCrebo.Where(crebo => crebo.Shortfall > 0).ToList()).ToList();
        if (shortCrebos.All(crebos => crebos.Count == 0))
        {
            return [.. cells.Select(cell => new CellRecruits(cell.Id, 0, 0, []))];
        }
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var students = await StudentsAsync(connection, week, cells, shortCrebos, cancellationToken);
        var candidates = await CandidatesAsync(connection, week, cells, students, cancellationToken);
        var placements = await PlacementsAsync(connection, [.. candidates.Select(c => c.Accreditation.Company.Id).Distinct()], cancellationToken);
        var byCell = candidates.ToLookup(c => c.Cell, c => c.Accreditation);
        var recruits = new List<CellRecruits>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            var names = shortCrebos[i].ToDictionary(crebo => crebo.Crebo, crebo => crebo.Name);
            var ranked = RecruitRanking.Rank(cells[i].RegionCode, cells[i].StartMonth, names, students[i], byCell[i], placements);
            recruits.Add(new CellRecruits(cells[i].Id, students[i].Sum(group => group.Count), ranked.Count, ranked));
        }
        return recruits;
    }

    private static async Task<List<StudentGroup>[]> StudentsAsync(
        NpgsqlConnection connection, string week, IReadOnlyList<ShortfallCell> cells, List<List<CreboShortfall>> shortCrebos, CancellationToken cancellationToken)
    {
        var wanted = Enumerable.Range(0, cells.Count).SelectMany(i => shortCrebos[i].Select(crebo => (Cell: i, crebo.Crebo))).ToList();
        await using var command = new NpgsqlCommand(StudentsSql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = week });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. wanted.Select(w => w.Cell)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. wanted.Select(w => cells[w.Cell].RegionCode)] });
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]> { TypedValue = [.. wanted.Select(w => cells[w.Cell].StartMonth)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. wanted.Select(w => w.Crebo)] });
        var students = cells.Select(_ => new List<StudentGroup>()).ToArray();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            students[reader.GetInt32(0)].Add(new StudentGroup(
                reader.GetInt32(1), reader.GetString(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetInt32(5), reader.GetInt32(6)));
        }
        return students;
    }

    private static async Task<List<(int Cell, CandidateAccreditation Accreditation)>> CandidatesAsync(
        NpgsqlConnection connection, string week, IReadOnlyList<ShortfallCell> cells, List<StudentGroup>[] students, CancellationToken cancellationToken)
    {
        var wanted = Enumerable.Range(0, cells.Count)
            .SelectMany(i => students[i].Select(group => (Cell: i, group.Crebo, group.LearningPath)).Distinct())
            .ToList();
        var boxes = Enumerable.Range(0, cells.Count).Where(i => students[i].Count > 0).Select(i => (Cell: i, Box: Reach(students[i]))).ToList();
        await using var command = new NpgsqlCommand(CandidatesSql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = week });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. wanted.Select(w => w.Cell)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. wanted.Select(w => w.Crebo)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. wanted.Select(w => w.LearningPath)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. boxes.Select(b => b.Cell)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. boxes.Select(b => cells[b.Cell].RegionCode)] });
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]> { TypedValue = [.. boxes.Select(b => cells[b.Cell].StartMonth)] });
        command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = [.. boxes.Select(b => b.Box.South)] });
        command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = [.. boxes.Select(b => b.Box.North)] });
        command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = [.. boxes.Select(b => b.Box.West)] });
        command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = [.. boxes.Select(b => b.Box.East)] });
        var candidates = new List<(int, CandidateAccreditation)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var company = new CandidateCompany(reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetString(5),
                reader.GetString(6), reader.GetString(7), reader.GetDouble(8), reader.GetDouble(9));
            candidates.Add((reader.GetInt32(0), new CandidateAccreditation(company, reader.GetInt32(10), reader.GetString(11), reader.GetInt32(12), reader.GetInt32(13))));
        }
        return candidates;
    }

    private static async Task<List<PlacementGroup>> PlacementsAsync(NpgsqlConnection connection, Guid[] companies, CancellationToken cancellationToken)
    {
        var groups = new List<PlacementGroup>();
        if (companies.Length == 0)
        {
            return groups;
        }
        await using var command = new NpgsqlCommand(PlacementsSql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = companies });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add(new PlacementGroup(reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<int[]>(2), reader.GetInt32(3)));
        }
        return groups;
    }

    /// <summary>
    /// A latitude-longitude box that holds every point some student of the groups can reach: their homes' box widened by
    /// the longest travel distance, twice over east-west. A degree of longitude at the box's most poleward latitude is
    /// the shortest it gets inside it, and over a few hundred kilometres a great circle gains far less than the factor two.
    /// </summary>
    internal static (double South, double North, double West, double East) Reach(IReadOnlyList<StudentGroup> groups)
    {
        var reach = groups.Max(group => group.MaxDistanceKm);
        var latitude = reach / KmPerDegreeOfLatitude;
        var south = Math.Max(-90, groups.Min(group => group.Latitude) - latitude);
        var north = Math.Min(90, groups.Max(group => group.Latitude) + latitude);
        var poleward = Math.Min(89, Math.Max(Math.Abs(south), Math.Abs(north)));
        var longitude = Math.Min(180, 2 * reach / (KmPerDegreeOfLatitude * Math.Cos(poleward * Math.PI / 180)));
        return (south, north, groups.Min(group => group.Longitude) - longitude, groups.Max(group => group.Longitude) + longitude);
    }
}
