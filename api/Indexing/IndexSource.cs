using Matching.Api.Offers;
using Npgsql;

namespace Matching.Api.Indexing;

/// <summary>
/// Reads the rows the match indexes are built from: all open offers and seeking students at
/// start-up, or a given set of ids when the change sequence says they changed.
/// </summary>
internal sealed class IndexSource(NpgsqlDataSource dataSource)
{
    // An offer's accredited crebos: those of its crebos the company holds an accreditation for, on the
    // offer's learning path, valid on its start date. Eligibility filters on these.
    private const string OfferSelect = $"""
        SELECT o.id, o.company_id, c.name, c.sector_code, o.title, o.description, o.requirements, o.crebos,
            ARRAY(SELECT DISTINCT a.crebo FROM accreditations a
                  WHERE a.company_id = o.company_id AND a.learning_path = o.learning_path AND a.crebo = ANY (o.crebos)
                    AND a.valid_from <= o.start_date AND (a.valid_until IS NULL OR a.valid_until >= o.start_date)),
            o.level_min, o.level_max, o.learning_path, o.pc4, o.start_date, o.end_date,
            greatest(0, o.places - {OfferRepository.BookedPlacesSql}), o.status = 'open', o.hours_per_week, o.monthly_allowance_euros
        FROM offers o JOIN companies c ON c.id = o.company_id
        """;

    private const string StudentSelect = """
        SELECT id, school_brin, crebo, level, learning_path, pc4, max_distance_km, available_from, available_until,
            preferred_sectors, free_text, status = 'seeking'
        FROM students
        """;

    public IAsyncEnumerable<OfferIndexRow> OpenOffersAsync(CancellationToken cancellationToken) =>
        ReadAsync($"{OfferSelect} WHERE o.status = 'open'", null, ReadOffer, cancellationToken);

    public IAsyncEnumerable<OfferIndexRow> OffersAsync(Guid[] ids, CancellationToken cancellationToken) =>
        ReadAsync($"{OfferSelect} WHERE o.id = ANY ($1)", ids, ReadOffer, cancellationToken);

    public IAsyncEnumerable<OfferIndexRow> OffersOfCompaniesAsync(Guid[] companyIds, CancellationToken cancellationToken) =>
        ReadAsync($"{OfferSelect} WHERE o.company_id = ANY ($1)", companyIds, ReadOffer, cancellationToken);

    public IAsyncEnumerable<StudentIndexRow> SeekingStudentsAsync(CancellationToken cancellationToken) =>
        ReadAsync($"{StudentSelect} WHERE status = 'seeking'", null, ReadStudent, cancellationToken);

    public IAsyncEnumerable<StudentIndexRow> StudentsAsync(Guid[] ids, CancellationToken cancellationToken) =>
        ReadAsync($"{StudentSelect} WHERE id = ANY ($1)", ids, ReadStudent, cancellationToken);

    private async IAsyncEnumerable<T> ReadAsync<T>(
        string sql, Guid[]? ids, Func<NpgsqlDataReader, T> read, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        if (ids is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ids });
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return read(reader);
        }
    }

    private static OfferIndexRow ReadOffer(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
        r.GetFieldValue<int[]>(7), r.GetFieldValue<int[]>(8), r.GetInt16(9), r.GetInt16(10), r.GetString(11), r.GetInt32(12),
        r.GetFieldValue<DateOnly>(13), r.GetFieldValue<DateOnly>(14), r.GetInt32(15), r.GetBoolean(16), r.GetInt32(17),
        r.IsDBNull(18) ? null : r.GetInt32(18));

    private static StudentIndexRow ReadStudent(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetInt32(2), r.GetInt16(3), r.GetString(4), r.GetInt32(5), r.GetInt32(6),
        r.GetFieldValue<DateOnly>(7), r.IsDBNull(8) ? null : r.GetFieldValue<DateOnly>(8), r.GetFieldValue<string[]>(9),
        r.GetString(10), r.GetBoolean(11));
}
