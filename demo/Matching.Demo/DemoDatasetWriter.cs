using Npgsql;
using NpgsqlTypes;

namespace Matching.Demo;

/// <summary>Writes a generated dataset with binary COPY: fast enough for the national dataset too.</summary>
public static class DemoDatasetWriter
{
    private static readonly TimeSpan CopyTimeout = TimeSpan.FromHours(1);

    public static async Task WriteAsync(NpgsqlConnection connection, DemoDataset dataset, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, "schools (brin, name)", dataset.Schools, async (w, s, ct) =>
        {
            await w.WriteAsync(s.Brin, NpgsqlDbType.Text, ct);
            await w.WriteAsync(s.Name, NpgsqlDbType.Text, ct);
        }, cancellationToken);
        await CopyAsync(connection, "companies (id, kvk, name, sector_code, pc4, contact_email)", dataset.Companies, async (w, c, ct) =>
        {
            await w.WriteAsync(c.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(c.Kvk, NpgsqlDbType.Text, ct);
            await w.WriteAsync(c.Name, NpgsqlDbType.Text, ct);
            await w.WriteAsync(c.SectorCode, NpgsqlDbType.Text, ct);
            await w.WriteAsync(c.Pc4, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(c.ContactEmail, NpgsqlDbType.Text, ct);
        }, cancellationToken);
        await CopyAsync(connection, "accreditations (id, company_id, crebo, learning_path, valid_from, valid_until)", dataset.Accreditations, async (w, a, ct) =>
        {
            await w.WriteAsync(a.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(a.CompanyId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(a.Crebo, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(a.LearningPath, NpgsqlDbType.Text, ct);
            await w.WriteAsync(a.ValidFrom, NpgsqlDbType.Date, ct);
            await WriteNullableAsync(w, a.ValidUntil, NpgsqlDbType.Date, ct);
        }, cancellationToken);
        await CopyAsync(connection, """
            offers (id, company_id, title, description, requirements, crebos, level_min, level_max, learning_path, pc4, start_date, end_date,
                places, hours_per_week, monthly_allowance_euros, languages, status)
            """, dataset.Offers, async (w, o, ct) =>
        {
            await w.WriteAsync(o.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(o.CompanyId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(o.Title, NpgsqlDbType.Text, ct);
            await w.WriteAsync(o.Description, NpgsqlDbType.Text, ct);
            await w.WriteAsync(o.Requirements, NpgsqlDbType.Text, ct);
            await w.WriteAsync(o.Crebos.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer, ct);
            await w.WriteAsync((short)o.LevelMin, NpgsqlDbType.Smallint, ct);
            await w.WriteAsync((short)o.LevelMax, NpgsqlDbType.Smallint, ct);
            await w.WriteAsync(o.LearningPath, NpgsqlDbType.Text, ct);
            await w.WriteAsync(o.Pc4, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(o.StartDate, NpgsqlDbType.Date, ct);
            await w.WriteAsync(o.EndDate, NpgsqlDbType.Date, ct);
            await w.WriteAsync(o.Places, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(o.HoursPerWeek, NpgsqlDbType.Integer, ct);
            await WriteNullableAsync(w, o.MonthlyAllowanceEuros, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(o.Languages.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await w.WriteAsync("open", NpgsqlDbType.Text, ct);
        }, cancellationToken);
        await CopyAsync(connection, """
            students (id, school_brin, external_ref, crebo, level, learning_path, pc4, max_distance_km, available_from, available_until,
                hours_per_week, preferred_sectors, free_text, languages, status)
            """, dataset.Students, async (w, s, ct) =>
        {
            await w.WriteAsync(s.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(s.SchoolBrin, NpgsqlDbType.Text, ct);
            await w.WriteAsync(s.ExternalRef, NpgsqlDbType.Text, ct);
            await w.WriteAsync(s.Crebo, NpgsqlDbType.Integer, ct);
            await w.WriteAsync((short)s.Level, NpgsqlDbType.Smallint, ct);
            await w.WriteAsync(s.LearningPath, NpgsqlDbType.Text, ct);
            await w.WriteAsync(s.Pc4, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(s.MaxDistanceKm, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(s.AvailableFrom, NpgsqlDbType.Date, ct);
            await WriteNullableAsync(w, s.AvailableUntil, NpgsqlDbType.Date, ct);
            await w.WriteAsync(s.HoursPerWeek, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(s.PreferredSectors.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await w.WriteAsync(s.FreeText, NpgsqlDbType.Text, ct);
            await w.WriteAsync(s.Languages.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await w.WriteAsync(s.Status, NpgsqlDbType.Text, ct);
        }, cancellationToken);
    }

    private static async Task CopyAsync<T>(
        NpgsqlConnection connection, string target, IReadOnlyList<T> rows, Func<NpgsqlBinaryImporter, T, CancellationToken, Task> writeRow,
        CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        // Completing a national COPY waits for the server's change triggers on every row, which can outlast the command
        // timeout (30 s by default) on a busy machine; the token still cancels.
        importer.Timeout = CopyTimeout;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await writeRow(importer, row, cancellationToken);
        }
        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } present ? importer.WriteAsync(present, type, cancellationToken) : importer.WriteNullAsync(cancellationToken);
}
