using Npgsql;

namespace Matching.Jobs.Data;

/// <summary>Runs a filtered, ordered query one page at a time, with the total count (the API's list endpoints use it too).</summary>
public static class PagedSelect
{
    // select: the select list; from: the FROM clause's body; orderBy: a total order ending in a unique
    // column, so that pages never overlap or skip rows.
    public static async Task<RowPage<T>> ReadAsync<T>(
        NpgsqlDataSource dataSource, string select, string from, SqlFilter filter, string orderBy, int limit, int offset,
        Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        var count = new NpgsqlBatchCommand($"SELECT count(*) FROM {from} {filter.Clause}");
        filter.AddTo(count.Parameters);
        var rows = new NpgsqlBatchCommand($"SELECT {select} FROM {from} {filter.Clause} ORDER BY {orderBy} LIMIT {filter.NextPlaceholder()} OFFSET {filter.NextPlaceholder(1)}");
        filter.AddTo(rows.Parameters);
        rows.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        rows.Parameters.Add(new NpgsqlParameter<int> { TypedValue = offset });
        batch.BatchCommands.Add(count);
        batch.BatchCommands.Add(rows);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        var items = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(read(reader));
        }
        return new RowPage<T>(items, total, limit, offset);
    }
}
