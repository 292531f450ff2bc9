using System.Text.Json;
using Matching.Jobs.Data;
using Matching.Jobs.Reports;
using Npgsql;

namespace Matching.Jobs.Shortfalls;

/// <summary>
/// Reads the weekly snapshots that <see cref="ShortfallCalculator"/> stores: for the API's shortfall endpoints and
/// for <see cref="ShortfallReportBuilder"/>, so that a listed cell, a fetched report and a delivered one agree.
/// </summary>
public sealed class ShortfallSnapshots(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        s.sector_code, sec.name, s.region_code, r.name, s.start_month, s.demand, s.supply, s.shortfall, s.flagged, s.by_crebo::text, s.computed_at
        """;

    private const string From = """
        shortfall_snapshots s JOIN sectors sec ON sec.code = s.sector_code JOIN labour_market_regions r ON r.code = s.region_code
        """;

    // Flagged first, then the largest shortfall; the primary key's columns make the order total, so pages never overlap.
    private const string CellOrder = "s.flagged DESC, s.shortfall DESC, s.sector_code, s.region_code, s.start_month";

    /// <summary>The latest week that has a snapshot, or null before the first.</summary>
    public async Task<IsoWeek?> LatestWeekAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT max(iso_week) FROM shortfall_snapshots");
        return await command.ExecuteScalarAsync(cancellationToken) is string week ? IsoWeek.Parse(week) : null;
    }

    /// <summary>One page of a week's cells in the scope, optionally of one region or sector, or flagged ones only.</summary>
    public Task<RowPage<ShortfallCell>> PageAsync(
        IsoWeek week, ShortfallScope scope, string? region, string? sector, bool flaggedOnly, int limit, int offset, CancellationToken cancellationToken)
    {
        var filter = Filter(week, scope, region, sector);
        if (flaggedOnly)
        {
            filter.Where("s.flagged");
        }
        return PagedSelect.ReadAsync(dataSource, Columns, From, filter, CellOrder, limit, offset, Read, cancellationToken);
    }

    /// <summary>Every cell of a week in the scope, flagged first, and when it was computed.</summary>
    public async Task<(IReadOnlyList<ShortfallCell> Cells, DateTimeOffset? ComputedAt)> CellsAsync(
        IsoWeek week, ShortfallScope scope, CancellationToken cancellationToken)
    {
        var filter = Filter(week, scope, null, null);
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM {From} {filter.Clause} ORDER BY {CellOrder}");
        filter.AddTo(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cells = new List<ShortfallCell>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add(Read(reader));
        }
        return (cells, await ComputedAtAsync(week, cancellationToken));
    }

    /// <summary>One cell of a week's snapshot, or null when the week has no such cell.</summary>
    public async Task<ShortfallCell?> CellAsync(IsoWeek week, ShortfallCellId id, CancellationToken cancellationToken)
    {
        var filter = Filter(week, new ShortfallScope([], []), id.RegionCode, id.SectorCode).Where("s.start_month = {0}", id.StartMonth);
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM {From} {filter.Clause}");
        filter.AddTo(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>When the week's snapshot was computed (whatever the scope sees of it), or null when it was not.</summary>
    public async Task<DateTimeOffset?> ComputedAtAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT max(computed_at) FROM shortfall_snapshots WHERE iso_week = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = week.ToString() });
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime utc ? new DateTimeOffset(utc, TimeSpan.Zero) : null;
    }

    /// <summary>Per week (oldest first) and sector, the totals over the scope's regions and all start months.</summary>
    public async Task<IReadOnlyList<SectorTrend>> TrendsAsync(
        IsoWeek lastWeek, int weeks, ShortfallScope scope, string? region, string? sector, CancellationToken cancellationToken)
    {
        var first = lastWeek.AddWeeks(-(weeks - 1));
        var filter = Filter(null, scope, region, sector).Where("s.iso_week >= {0}", first.ToString()).Where("s.iso_week <= {0}", lastWeek.ToString());
        await using var command = dataSource.CreateCommand($"""
            SELECT s.sector_code, sec.name, s.iso_week, sum(s.demand)::integer, sum(s.supply)::integer, sum(s.shortfall)::integer
            FROM {From} {filter.Clause}
            GROUP BY s.sector_code, sec.name, s.iso_week ORDER BY s.sector_code, s.iso_week
            """);
        filter.AddTo(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var trends = new List<SectorTrend>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var point = new TrendPoint(IsoWeek.Parse(reader.GetString(2)), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5));
            if (trends.Count > 0 && trends[^1].SectorCode == reader.GetString(0))
            {
                ((List<TrendPoint>)trends[^1].Points).Add(point);
            }
            else
            {
                trends.Add(new SectorTrend(reader.GetString(0), reader.GetString(1), new List<TrendPoint> { point }));
            }
        }
        return trends;
    }

    private static SqlFilter Filter(IsoWeek? week, ShortfallScope scope, string? region, string? sector)
    {
        var filter = new SqlFilter().WhereIf("s.iso_week = {0}", week?.ToString()).WhereIf("s.region_code = {0}", region).WhereIf("s.sector_code = {0}", sector);
        if (scope.Regions.Count > 0)
        {
            filter.Where("s.region_code = ANY ({0})", scope.Regions.ToArray());
        }
        if (scope.Sectors.Count > 0)
        {
            filter.Where("s.sector_code = ANY ({0})", scope.Sectors.ToArray());
        }
        return filter;
    }

    private static ShortfallCell Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4), r.GetInt32(5), r.GetInt32(6),
        r.GetInt32(7), r.GetBoolean(8), JsonSerializer.Deserialize<List<CreboShortfall>>(r.GetString(9), JsonSerializerOptions.Web) ?? []);
}
