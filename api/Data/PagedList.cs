using Matching.Api.Http;
using Matching.Jobs.Data;
using Npgsql;

namespace Matching.Api.Data;

/// <summary>A list endpoint's page: <see cref="PagedSelect"/> at the query's limit and offset, as the API's <see cref="Page{T}"/>.</summary>
internal static class PagedList
{
    public static async Task<Page<T>> ReadAsync<T>(
        NpgsqlDataSource dataSource, string select, string from, SqlFilter filter, string orderBy, PagedQuery page,
        Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = await PagedSelect.ReadAsync(dataSource, select, from, filter, orderBy, page.Take, page.Skip, read, cancellationToken);
        return new Page<T>(rows.Items, rows.Total, rows.Limit, rows.Offset);
    }
}
