using Matching.Api.Data;
using Matching.Api.Http;
using Matching.Jobs.Data;
using Npgsql;

namespace Matching.Api.Companies;

internal sealed class CompanyRepository(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, kvk, name, sector_code, pc4, contact_email, version, created_at, updated_at";
    private const string AccreditationColumns = "id, company_id, crebo, learning_path, valid_from, valid_until, created_at";

    public async Task<Company?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM companies WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        return await ReadSingleAsync(command, cancellationToken);
    }

    public async Task<Company?> FindByKvkAsync(string kvk, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM companies WHERE kvk = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kvk });
        return await ReadSingleAsync(command, cancellationToken);
    }

    public async Task<Company> InsertAsync(CompanyRequest request, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO companies (id, kvk, name, sector_code, pc4, contact_email) VALUES ($1, $2, $3, $4, $5, $6) RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7() });
        AddFields(command.Parameters, request);
        return (await ReadSingleAsync(command, cancellationToken))!;
    }

    public async Task<Company?> UpdateAsync(Guid id, int expectedVersion, CompanyRequest request, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            UPDATE companies SET kvk = $3, name = $4, sector_code = $5, pc4 = $6, contact_email = $7, version = version + 1, updated_at = now()
            WHERE id = $1 AND version = $2
            RETURNING {Columns}
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = expectedVersion });
        AddFields(command.Parameters, request);
        return await ReadSingleAsync(command, cancellationToken);
    }

    public Task<Page<Company>> ListAsync(string? kvk, CompanyListQuery query, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter()
            .WhereIf("kvk = {0}", kvk)
            .WhereIf("kvk = {0}", query.Kvk)
            .WhereIf("sector_code = {0}", query.Sector);
        return PagedList.ReadAsync(dataSource, Columns, "companies", filter, "created_at, id", query, Read, cancellationToken);
    }

    public async Task<Accreditation> InsertAccreditationAsync(Guid companyId, AccreditationRequest request, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            INSERT INTO accreditations (id, company_id, crebo, learning_path, valid_from, valid_until)
            VALUES ($1, $2, $3, $4, $5, $6) RETURNING {AccreditationColumns}
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = companyId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Crebo });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = request.LearningPath });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = request.ValidFrom });
        command.Parameters.Add(new NpgsqlParameter<DateOnly?> { TypedValue = request.ValidUntil });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ReadAccreditation(reader);
    }

    public Task<Page<Accreditation>> ListAccreditationsAsync(Guid companyId, AccreditationListQuery query, CancellationToken cancellationToken) =>
        PagedList.ReadAsync(dataSource, AccreditationColumns, "accreditations", new SqlFilter().Where("company_id = {0}", companyId),
            "crebo, learning_path, valid_from, id", query, ReadAccreditation, cancellationToken);

    public async Task<Accreditation?> FindAccreditationAsync(Guid companyId, Guid accreditationId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {AccreditationColumns} FROM accreditations WHERE id = $1 AND company_id = $2");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = accreditationId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = companyId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadAccreditation(reader) : null;
    }

    public async Task<bool> DeleteAccreditationAsync(Guid companyId, Guid accreditationId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM accreditations WHERE id = $1 AND company_id = $2");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = accreditationId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = companyId });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static void AddFields(NpgsqlParameterCollection parameters, CompanyRequest request)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Kvk });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = request.Name });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = request.SectorCode });
        parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Pc4 });
        parameters.Add(new NpgsqlParameter { Value = (object?)request.ContactEmail ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
    }

    private static async Task<Company?> ReadSingleAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static Company Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.IsDBNull(5) ? null : r.GetString(5),
        r.GetInt32(6), r.GetFieldValue<DateTimeOffset>(7), r.GetFieldValue<DateTimeOffset>(8));

    private static Accreditation ReadAccreditation(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), r.GetInt32(2), r.GetString(3), r.GetFieldValue<DateOnly>(4),
        r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5), r.GetFieldValue<DateTimeOffset>(6));
}
