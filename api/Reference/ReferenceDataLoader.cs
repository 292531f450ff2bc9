using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;

namespace Matching.Api.Reference;

/// <summary>
/// Writes the shipped reference data into PostgreSQL (for joins in SQL, such as the shortfall job),
/// once per version of the files: a fingerprint of the data makes a second load a no-op.
/// </summary>
public sealed class ReferenceDataLoader(ReferenceDataSet reference, ILogger<ReferenceDataLoader> logger)
{
    public async Task LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using (var current = new NpgsqlCommand("SELECT fingerprint FROM reference_data_version", connection))
        {
            if (await current.ExecuteScalarAsync(cancellationToken) is string stored && stored == Fingerprint.Of(reference).Hex)
            {
                return;
            }
        }
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(Command("""
            INSERT INTO sectors (code, sbb_code, name) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
            ON CONFLICT (code) DO UPDATE SET sbb_code = excluded.sbb_code, name = excluded.name
            """, Column(reference.Sectors, s => s.Code), Column(reference.Sectors, s => s.SbbCode), Column(reference.Sectors, s => s.Name)));
        batch.BatchCommands.Add(Command("""
            INSERT INTO labour_market_regions (code, name) SELECT * FROM unnest($1::text[], $2::text[])
            ON CONFLICT (code) DO UPDATE SET name = excluded.name
            """, Column(reference.Regions, r => r.Code), Column(reference.Regions, r => r.Name)));
        var municipalities = reference.Municipalities;
        batch.BatchCommands.Add(Command("""
            INSERT INTO municipalities (code, name, province, region_code) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, province = excluded.province, region_code = excluded.region_code
            """, Column(municipalities, m => m.Code), Column(municipalities, m => m.Name), Column(municipalities, m => m.Province),
            Column(municipalities, m => m.RegionCode)));
        var postcodes = reference.Postcodes;
        batch.BatchCommands.Add(Command("""
            INSERT INTO postcodes (code, place, municipality_code, latitude, longitude)
            SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::float8[], $5::float8[])
            ON CONFLICT (code) DO UPDATE SET place = excluded.place, municipality_code = excluded.municipality_code,
                latitude = excluded.latitude, longitude = excluded.longitude
            """, Column(postcodes, p => p.Code), Column(postcodes, p => p.Place), Column(postcodes, p => p.MunicipalityCode),
            Column(postcodes, p => p.Latitude), Column(postcodes, p => p.Longitude)));
        var qualifications = reference.Qualifications;
        batch.BatchCommands.Add(Command("""
            INSERT INTO qualifications (crebo, name, level, learning_paths, sector_code, dossier, current)
            SELECT crebo, name, level, string_to_array(paths, ','), sector_code, dossier, current
            FROM unnest($1::integer[], $2::text[], $3::smallint[], $4::text[], $5::text[], $6::text[], $7::boolean[])
                AS q (crebo, name, level, paths, sector_code, dossier, current)
            ON CONFLICT (crebo) DO UPDATE SET name = excluded.name, level = excluded.level, learning_paths = excluded.learning_paths,
                sector_code = excluded.sector_code, dossier = excluded.dossier, current = excluded.current
            """, Column(qualifications, q => q.Crebo), Column(qualifications, q => q.Name), Column(qualifications, q => (short)q.Level),
            Column(qualifications, q => string.Join(',', q.LearningPaths)), Column(qualifications, q => q.SectorCode),
            Column(qualifications, q => q.Dossier), Column(qualifications, q => q.Current)));
        batch.BatchCommands.Add(Command("""
            INSERT INTO reference_data_version (fingerprint) VALUES ($1)
            ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint, loaded_at = now()
            """, Fingerprint.Of(reference).Hex));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Loaded reference data: {Postcodes} postcodes, {Qualifications} qualifications", postcodes.Count, qualifications.Count);
    }

    private static T[] Column<TRow, T>(IReadOnlyList<TRow> rows, Func<TRow, T> value) => [.. rows.Select(value)];

    private static NpgsqlBatchCommand Command(string sql, params object[] arrays)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var array in arrays)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = array });
        }
        return command;
    }

    /// <summary>A hash of the data that goes into the database, computed once per set.</summary>
    private sealed record Fingerprint(string Hex)
    {
        public static Fingerprint Of(ReferenceDataSet reference) => reference.Derived(set => new Fingerprint(Convert.ToHexStringLower(SHA256.HashData(
            JsonSerializer.SerializeToUtf8Bytes(new { set.Sectors, set.Regions, set.Municipalities, set.Postcodes, set.Qualifications })))));
    }
}
