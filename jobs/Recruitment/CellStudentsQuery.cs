using Matching.Jobs.Reports;
using Npgsql;

namespace Matching.Jobs.Recruitment;

/// <summary>
/// The flagged cells' seeking students of their short crebos, by the snapshot's rule for demand: seeking, living in the
/// cell's region, available from the cell's month (from the snapshot's first month for those available already).
/// Grouped by crebo, path, PC4 and travel distance: the ranking needs where they live and how far they go, not who they are.
/// </summary>
internal static class CellStudentsQuery
{
    private const string Sql = """
        WITH wanted AS (SELECT * FROM unnest($2::integer[], $3::text[], $4::date[], $5::integer[]) AS w (cell, region_code, start_month, crebo))
        SELECT w.cell, s.crebo, s.learning_path, pc.latitude, pc.longitude, s.max_distance_km, count(*)::integer
        FROM students s
        JOIN postcodes pc ON pc.code = s.pc4
        JOIN municipalities m ON m.code = pc.municipality_code
        JOIN wanted w ON w.crebo = s.crebo AND w.region_code = m.region_code
            AND w.start_month = greatest(date_trunc('month', s.available_from)::date, $1)
        WHERE s.status = 'seeking' AND (s.available_until IS NULL OR s.available_until >= $1)
        GROUP BY 1, 2, 3, 4, 5, 6
        """;

    /// <summary>Per cell (by index), its groups of students of the crebos given for it.</summary>
    public static async Task<List<StudentGroup>[]> ReadAsync(
        NpgsqlConnection connection, DateOnly firstMonth, IReadOnlyList<ShortfallCell> cells, IReadOnlyList<IReadOnlyList<int>> crebos,
        CancellationToken cancellationToken)
    {
        var wanted = Enumerable.Range(0, cells.Count).SelectMany(i => crebos[i].Select(crebo => (Cell: i, Crebo: crebo))).ToList();
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = firstMonth });
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
}
