using Matching.Api.Data;
using Matching.Api.Http;
using Matching.Jobs.Data;
using Npgsql;

namespace Matching.Api.Students;

internal sealed class StudentRepository(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        id, school_brin, external_ref, crebo, level, learning_path, pc4, max_distance_km, available_from, available_until,
        hours_per_week, preferred_sectors, free_text, languages, status, version, created_at, updated_at
        """;

    public async Task<Student?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM students WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        return await ReadSingleAsync(command, cancellationToken);
    }

    /// <summary>The students with these ids that still exist, keyed by id.</summary>
    public async Task<Dictionary<Guid, Student>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM students WHERE id = ANY ($1)");
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. ids] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var students = new Dictionary<Guid, Student>(ids.Count);
        while (await reader.ReadAsync(cancellationToken))
        {
            var student = Read(reader);
            students[student.Id] = student;
        }
        return students;
    }

    public async Task<Student> InsertAsync(string schoolBrin, StudentRequest request, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO students (id, school_brin, external_ref, crebo, level, learning_path, pc4, max_distance_km, available_from,
                available_until, hours_per_week, preferred_sectors, free_text, languages, status)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
            RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = schoolBrin });
        AddFields(command.Parameters, request);
        return (await ReadSingleAsync(command, cancellationToken))!;
    }

    /// <summary>Replaces a student if it is still at <paramref name="expectedVersion"/>; null when it is not (or is gone).</summary>
    public async Task<Student?> UpdateAsync(Guid id, int expectedVersion, StudentRequest request, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            UPDATE students SET external_ref = $3, crebo = $4, level = $5, learning_path = $6, pc4 = $7, max_distance_km = $8,
                available_from = $9, available_until = $10, hours_per_week = $11, preferred_sectors = $12, free_text = $13,
                languages = $14, status = $15, version = version + 1, updated_at = now()
            WHERE id = $1 AND version = $2
            RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = expectedVersion });
        AddFields(command.Parameters, request);
        return await ReadSingleAsync(command, cancellationToken);
    }

    public Task<Page<Student>> ListAsync(string? schoolBrin, StudentListQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .WhereIf("school_brin = {0}", schoolBrin)
            .WhereIf("status = {0}", query.Status)
            .WhereIf("crebo = {0}", query.Crebo)
            .WhereIf("learning_path = {0}", query.LearningPath)
            .WhereIf("pc4 = {0}", query.Pc4)
            .WhereIf("external_ref = {0}", query.ExternalRef);
        return PagedList.ReadAsync(dataSource, Columns, "students", filter, "created_at, id", query, Read, cancellationToken);
    }

    /// <summary>
    /// Inserts or updates many students of one school by external reference in one statement;
    /// returns, per external reference, the id and whether the row was new.
    /// </summary>
    public async Task<Dictionary<string, (Guid Id, bool Created)>> UpsertManyAsync(
        string schoolBrin, IReadOnlyList<StudentRequest> students, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, (Guid, bool)>(StringComparer.Ordinal);
        if (students.Count == 0)
        {
            return results;
        }
        await using var command = dataSource.CreateCommand("""
            INSERT INTO students (id, school_brin, external_ref, crebo, level, learning_path, pc4, max_distance_km, available_from,
                available_until, hours_per_week, preferred_sectors, free_text, languages, status)
            SELECT id, $2, external_ref, crebo, level, learning_path, pc4, max_distance_km, available_from, available_until,
                hours_per_week, string_to_array(preferred_sectors, ','), free_text, string_to_array(languages, ','), status
            FROM unnest($1::uuid[], $3::text[], $4::integer[], $5::smallint[], $6::text[], $7::integer[], $8::integer[], $9::date[],
                $10::date[], $11::integer[], $12::text[], $13::text[], $14::text[], $15::text[])
                AS s (id, external_ref, crebo, level, learning_path, pc4, max_distance_km, available_from, available_until,
                    hours_per_week, preferred_sectors, free_text, languages, status)
            ON CONFLICT (school_brin, external_ref) DO UPDATE SET crebo = excluded.crebo, level = excluded.level,
                learning_path = excluded.learning_path, pc4 = excluded.pc4, max_distance_km = excluded.max_distance_km,
                available_from = excluded.available_from, available_until = excluded.available_until,
                hours_per_week = excluded.hours_per_week, preferred_sectors = excluded.preferred_sectors,
                free_text = excluded.free_text, languages = excluded.languages, status = excluded.status,
                version = students.version + 1, updated_at = now()
            RETURNING external_ref, id, xmax = 0
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. students.Select(_ => Guid.CreateVersion7())] });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = schoolBrin });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. students.Select(s => s.ExternalRef)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. students.Select(s => s.Crebo)] });
        command.Parameters.Add(new NpgsqlParameter<short[]> { TypedValue = [.. students.Select(s => (short)s.Level)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. students.Select(s => s.LearningPath)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. students.Select(s => s.Pc4)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. students.Select(s => s.MaxDistanceKm)] });
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]> { TypedValue = [.. students.Select(s => s.AvailableFrom)] });
        command.Parameters.Add(new NpgsqlParameter<DateOnly?[]> { TypedValue = [.. students.Select(s => s.AvailableUntil)] });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. students.Select(s => s.HoursPerWeek)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. students.Select(s => string.Join(',', s.PreferredSectors ?? []))] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. students.Select(s => s.FreeText ?? "")] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. students.Select(s => string.Join(',', s.Languages ?? []))] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. students.Select(s => s.Status)] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            results[reader.GetString(0)] = (reader.GetGuid(1), reader.GetBoolean(2));
        }
        return results;
    }

    // Parameters $3 to $15, in the order of the INSERT and UPDATE statements above.
    private static void AddFields(NpgsqlParameterCollection parameters, StudentRequest request)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = request.ExternalRef });
        parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Crebo });
        parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)request.Level });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = request.LearningPath });
        parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Pc4 });
        parameters.Add(new NpgsqlParameter<int> { TypedValue = request.MaxDistanceKm });
        parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = request.AvailableFrom });
        parameters.Add(new NpgsqlParameter<DateOnly?> { TypedValue = request.AvailableUntil });
        parameters.Add(new NpgsqlParameter<int> { TypedValue = request.HoursPerWeek });
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. request.PreferredSectors ?? []] });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = request.FreeText ?? "" });
        parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. request.Languages ?? []] });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Status });
    }

    private static async Task<Student?> ReadSingleAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static Student Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt16(4), r.GetString(5), r.GetInt32(6), r.GetInt32(7),
        r.GetFieldValue<DateOnly>(8), r.IsDBNull(9) ? null : r.GetFieldValue<DateOnly>(9), r.GetInt32(10), r.GetFieldValue<string[]>(11),
        r.GetString(12), r.GetFieldValue<string[]>(13), r.GetString(14), r.GetInt32(15), r.GetFieldValue<DateTimeOffset>(16),
        r.GetFieldValue<DateTimeOffset>(17));
}
