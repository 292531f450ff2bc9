using Matching.Api.Offers;
using Matching.Api.Students;
using Matching.Engine.Geo;
using Npgsql;
using NpgsqlTypes;

namespace Matching.Bench;

// The offers-for-a-student query answered by PostgreSQL alone: the same eligibility filters as the engine
// (README, "Matching"), full-text relevance by ts_rank_cd over a `dutch` tsvector with a GIN index, distance
// by a bounding box on the postcode centroids plus the exact haversine the engine uses. The tsvector column
// and its index belong to the benchmark, not to the product's migrations.
internal sealed class PostgresBaseline(NpgsqlConnection connection) : IAsyncDisposable
{
    // Title, requirements and description weigh 2 : 1.5 : 1, as the engine's field boosts (weights D, C, B, A).
    private const string Setup = """
        ALTER TABLE offers ADD COLUMN IF NOT EXISTS bench_document tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('dutch'::regconfig, title), 'A') ||
            setweight(to_tsvector('dutch'::regconfig, requirements), 'B') ||
            setweight(to_tsvector('dutch'::regconfig, description), 'C')) STORED;
        CREATE INDEX IF NOT EXISTS offers_bench_document ON offers USING gin (bench_document);
        ANALYZE offers;
        """;

    // Every eligible offer is a match (the engine's MinimumShouldMatch = 0): the words of the student's text
    // are OR-ed and only rank. $10 NULL means no limit: the whole eligible set, for the comparison.
    private static readonly string Query = $"""
        WITH query AS (SELECT replace(plainto_tsquery('dutch'::regconfig, $1)::text, ' & ', ' | ')::tsquery AS q)
        SELECT o.id, ts_rank_cd('{"{"}0.1, 0.5, 0.75, 1.0{"}"}', o.bench_document, query.q) AS rank, count(*) OVER () AS total
        FROM offers o JOIN postcodes p ON p.code = o.pc4, query
        WHERE o.status = 'open'
          AND o.crebos @> ARRAY[$2]
          AND o.learning_path = $3
          AND o.level_min <= $4 AND o.level_max >= $4
          AND greatest(0, o.places - {OfferRepository.BookedPlacesSql}) >= 1
          AND o.start_date <= coalesce($6, 'infinity'::date) AND o.end_date >= $5
          AND EXISTS (SELECT 1 FROM accreditations a
                      WHERE a.company_id = o.company_id AND a.crebo = $2 AND a.learning_path = o.learning_path
                        AND a.valid_from <= o.start_date AND (a.valid_until IS NULL OR a.valid_until >= o.start_date))
          AND p.latitude BETWEEN $11 AND $12 AND p.longitude BETWEEN $13 AND $14
          AND 2 * {Haversine.EarthRadiusKm.ToString(System.Globalization.CultureInfo.InvariantCulture)} * asin(sqrt(least(1,
                sin((radians(p.latitude) - radians($7)) / 2) * sin((radians(p.latitude) - radians($7)) / 2)
                + cos(radians($7)) * cos(radians(p.latitude))
                  * sin(radians(p.longitude - $8) / 2) * sin(radians(p.longitude - $8) / 2)))) <= $9
        ORDER BY rank DESC, o.id
        LIMIT $10
        """;

    private NpgsqlCommand? _command;

    public static async Task<double> PrepareTablesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var command = new NpgsqlCommand(Setup, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
        return System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    public async Task<(List<Guid> Ids, long Total)> MatchAsync(Student student, string text, GeoPoint home, int? limit, CancellationToken cancellationToken)
    {
        var command = await CommandAsync(cancellationToken);
        // The box holds every point within the radius; the haversine decides.
        var latitudeDelta = student.MaxDistanceKm / (Haversine.EarthRadiusKm * Math.PI / 180) * 1.01;
        var longitudeDelta = latitudeDelta / Math.Cos(home.Latitude * Math.PI / 180);
        object?[] values =
        [
            text, student.Crebo, student.LearningPath, (short)student.Level, student.AvailableFrom, student.AvailableUntil,
            home.Latitude, home.Longitude, (double)student.MaxDistanceKm, limit,
            home.Latitude - latitudeDelta, home.Latitude + latitudeDelta, home.Longitude - longitudeDelta, home.Longitude + longitudeDelta,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        var ids = new List<Guid>();
        long total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
            total = reader.GetInt64(2);
        }
        return (ids, total);
    }

    private async Task<NpgsqlCommand> CommandAsync(CancellationToken cancellationToken)
    {
        if (_command is not null)
        {
            return _command;
        }
        _command = new NpgsqlCommand(Query, connection);
        NpgsqlDbType[] types =
        [
            NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Smallint, NpgsqlDbType.Date, NpgsqlDbType.Date,
            NpgsqlDbType.Double, NpgsqlDbType.Double, NpgsqlDbType.Double, NpgsqlDbType.Integer,
            NpgsqlDbType.Double, NpgsqlDbType.Double, NpgsqlDbType.Double, NpgsqlDbType.Double,
        ];
        foreach (var type in types)
        {
            _command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type });
        }
        await _command.PrepareAsync(cancellationToken);
        return _command;
    }

    public async ValueTask DisposeAsync()
    {
        if (_command is not null)
        {
            await _command.DisposeAsync();
        }
    }
}
