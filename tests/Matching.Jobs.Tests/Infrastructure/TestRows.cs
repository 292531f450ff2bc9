using Npgsql;

namespace Matching.Jobs.Tests.Infrastructure;

/// <summary>Inserts the rows the jobs read, with plain SQL, on the shipped reference data.</summary>
internal sealed class TestRows(NpgsqlDataSource database)
{
    public const string Logistics = "mobiliteit-transport-logistiek-maritiem";
    public const string Rijnmond = "rijnmond";
    public const string Amsterdam = "groot-amsterdam";

    // 25774 Logistiek medewerker and 25775 Logistiek teamleider, both in the logistics sector and both BOL and BBL;
    // PC4 3072 (Rotterdam) and 3089 (Waalhaven) lie in the Rijnmond region, 1012 in Groot Amsterdam.
    public const int LogisticsCrebo = 25774;
    public const int OtherLogisticsCrebo = 25775;
    public const int RotterdamPc4 = 3072;
    public const int WaalhavenPc4 = 3089;
    public const int AmsterdamPc4 = 1012;

    private const string SchoolBrin = "25LH";

    /// <summary>A company in the Waalhaven, accredited since 2026-01-01 for each crebo on the BOL path.</summary>
    public async Task<Guid> CompanyAsync(params int[] accreditedCrebos)
    {
        var id = await ScalarAsync<Guid>("""
            INSERT INTO companies (id, kvk, name, sector_code, pc4)
            VALUES (gen_random_uuid(), lpad((random() * 99999999)::bigint::text, 8, '0'), 'Waalhaven Logistics B.V.', $1, $2) RETURNING id
            """, Logistics, WaalhavenPc4);
        await ExecuteAsync("""
            INSERT INTO accreditations (id, company_id, crebo, learning_path, valid_from)
            SELECT gen_random_uuid(), $1, crebo, 'BOL', DATE '2026-01-01' FROM unnest($2::integer[]) AS c (crebo)
            """, id, accreditedCrebos);
        return id;
    }

    /// <summary>A company of its own name and PC4 with the accreditations given (crebo, path, valid from, valid until).</summary>
    public async Task<Guid> CompanyAsync(string name, int pc4, params (int Crebo, string LearningPath, DateOnly From, DateOnly? Until)[] accreditations)
    {
        var id = await ScalarAsync<Guid>("""
            INSERT INTO companies (id, kvk, name, sector_code, pc4)
            VALUES (gen_random_uuid(), lpad((random() * 99999999)::bigint::text, 8, '0'), $1, $2, $3) RETURNING id
            """, name, Logistics, pc4);
        foreach (var (crebo, learningPath, from, until) in accreditations)
        {
            await ExecuteAsync("""
                INSERT INTO accreditations (id, company_id, crebo, learning_path, valid_from, valid_until)
                VALUES (gen_random_uuid(), $1, $2, $3, $4, $5::date)
                """, id, crebo, learningPath, from, until);
        }
        return id;
    }

    public Task<Guid> OfferAsync(
        Guid company, int[] crebos, DateOnly start, DateOnly end, int places, string learningPath = "BOL", string status = "open", int pc4 = WaalhavenPc4) =>
        ScalarAsync<Guid>("""
            INSERT INTO offers (id, company_id, title, description, crebos, level_min, level_max, learning_path, pc4, start_date, end_date, places, hours_per_week, status)
            VALUES (gen_random_uuid(), $1, 'Stagiair magazijn', 'Orderpicken en voorraad tellen.', $2, 1, 4, $3, $4, $5, $6, $7, 32, $8)
            RETURNING id
            """, company, crebos, learningPath, pc4, start, end, places, status);

    /// <summary>Inserts <paramref name="count"/> students of one crebo, PC4 and start of availability; returns their ids.</summary>
    public async Task<IReadOnlyList<Guid>> StudentsAsync(
        int count, int crebo, int pc4, DateOnly availableFrom, DateOnly? availableUntil = null, string status = "seeking",
        string learningPath = "BOL", int maxDistanceKm = 20)
    {
        await ExecuteAsync("INSERT INTO schools (brin, name) VALUES ($1, 'ROC Test') ON CONFLICT DO NOTHING", SchoolBrin);
        await using var command = database.CreateCommand("""
            INSERT INTO students (id, school_brin, external_ref, crebo, level, learning_path, pc4, max_distance_km, available_from, available_until, hours_per_week, status)
            SELECT gen_random_uuid(), $1, 'STU-' || gen_random_uuid(), q.crebo, q.level, $8, $3, $9, $4, $5::date, 32, $6
            FROM generate_series(1, $7), qualifications q WHERE q.crebo = $2
            RETURNING id
            """);
        AddParameters(command, SchoolBrin, crebo, pc4, availableFrom, availableUntil, status, count, learningPath, maxDistanceKm);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }
        Assert.Equal(count, ids.Count); // an unknown crebo would insert nothing
        return ids;
    }

    /// <summary>A stored snapshot cell, as ShortfallCalculator would have written it.</summary>
    public Task SnapshotAsync(
        IsoWeek week, string sector, string region, DateOnly startMonth, int demand, int supply, bool flagged, DateTimeOffset computedAt, string byCrebo = "[]") =>
        ExecuteAsync("""
            INSERT INTO shortfall_snapshots (iso_week, sector_code, region_code, start_month, demand, supply, shortfall, flagged, by_crebo, computed_at)
            VALUES ($1, $2, $3, $4, $5, $6, $5 - $6, $7, $8::jsonb, $9)
            """, week.ToString(), sector, region, startMonth, demand, supply, flagged, byCrebo, computedAt);

    public Task<Guid> PlacementAsync(Guid student, Guid offer, string status, DateOnly start, DateOnly end) =>
        ScalarAsync<Guid>("""
            INSERT INTO placements (id, student_id, offer_id, start_date, end_date, status)
            VALUES (gen_random_uuid(), $1, $2, $3, $4, $5) RETURNING id
            """, student, offer, start, end, status);

    /// <summary>
    /// A placement round as api/Rounds leaves it after a run (and a confirmation), with a summary in the camelCase JSON
    /// the API writes; figures not given are 0.
    /// </summary>
    public Task<Guid> RoundAsync(
        string name, string[] regions, string status, DateTimeOffset? computedAt, DateTimeOffset? confirmedAt = null,
        (int Students, int Placed, int GreedyPlaced, int PlacesLeft, int BlockingPairs) figures = default) =>
        ScalarAsync<Guid>("""
            INSERT INTO placement_rounds (id, name, regions, start_from, start_until, preferences_deadline, status, created_by, summary, computed_at, confirmed_at)
            VALUES (gen_random_uuid(), $1, $2, DATE '2027-09-01', DATE '2027-09-30', TIMESTAMPTZ '2027-02-01 12:00Z', $3, gen_random_uuid(),
                CASE WHEN $4::timestamptz IS NULL THEN NULL ELSE jsonb_build_object(
                    'students', $6::integer, 'offers', 30, 'places', $7::integer + $9::integer, 'eligiblePairs', 90, 'placed', $7::integer, 'unplaced', $6::integer - $7::integer,
                    'noEligibleOffer', 0, 'preferredOffersFull', 0, 'placesLeft', $9::integer, 'firstChoice', 0, 'greedyPlaced', $8::integer,
                    'blockingPairs', $10::integer, 'addedByFill', 0, 'explicitStudentRankings', 0, 'explicitOfferRankings', 0, 'ignoredRankingEntries', 0,
                    'durationMs', 12) END,
                $4, $5)
            RETURNING id
            """, name, regions, status, computedAt, confirmedAt, figures.Students, figures.Placed, figures.GreedyPlaced, figures.PlacesLeft, figures.BlockingPairs);

    public async Task<int> ExecuteAsync(string sql, params object?[] values)
    {
        await using var command = database.CreateCommand(sql);
        AddParameters(command, values);
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql, params object?[] values)
    {
        await using var command = database.CreateCommand(sql);
        AddParameters(command, values);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static void AddParameters(NpgsqlCommand command, params object?[] values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
    }
}
