using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Jobs.Shortfalls;

/// <summary>
/// Computes one ISO week's shortfall snapshot in PostgreSQL and stores it, replacing that week's
/// earlier snapshot in the same transaction: running a week again never duplicates it.
/// </summary>
public sealed class ShortfallCalculator(NpgsqlDataSource dataSource, IOptions<JobsOptions> options)
{
    // Demand: seeking students by the sector of their qualification, the region of their PC4 and the
    // month their availability starts (this month for those available already). Supply: free places
    // of open offers by the region of the workplace and the month they start (this month for those
    // running already), counted for each of their crebos the company is accredited for on the offer's
    // path at its start date, and once per sector. A cell is flagged when demand - supply reaches the
    // threshold and supply covers less than the ratio of demand; flagged cells get a crebo breakdown.
    private const string ComputeSql = """
        WITH params AS (
            SELECT $2::date AS first_month, ($2::date + make_interval(months => $3))::date AS end_month),
        student_crebo AS (
            SELECT q.sector_code, m.region_code, greatest(date_trunc('month', s.available_from)::date, p.first_month) AS start_month,
                   s.crebo, count(*)::integer AS demand
            FROM students s
            JOIN qualifications q ON q.crebo = s.crebo
            JOIN postcodes pc ON pc.code = s.pc4
            JOIN municipalities m ON m.code = pc.municipality_code
            CROSS JOIN params p
            WHERE s.status = 'seeking' AND s.available_from < p.end_month
              AND (s.available_until IS NULL OR s.available_until >= p.first_month)
            GROUP BY 1, 2, 3, 4),
        open_offers AS (
            SELECT o.id, o.company_id, o.crebos, o.learning_path, o.start_date, m.region_code,
                   greatest(date_trunc('month', o.start_date)::date, p.first_month) AS start_month,
                   greatest(0, o.places - (SELECT count(*) FROM placements pl WHERE pl.offer_id = o.id
                       AND pl.status IN ('accepted', 'active') AND pl.start_date <= o.end_date AND pl.end_date >= o.start_date))::integer AS free
            FROM offers o
            JOIN postcodes pc ON pc.code = o.pc4
            JOIN municipalities m ON m.code = pc.municipality_code
            CROSS JOIN params p
            WHERE o.status = 'open' AND o.start_date < p.end_month AND o.end_date >= p.first_month),
        offer_crebo AS (
            SELECT oo.id, oo.free, oo.region_code, oo.start_month, c.crebo, q.sector_code
            FROM open_offers oo
            CROSS JOIN LATERAL unnest(oo.crebos) AS c (crebo)
            JOIN qualifications q ON q.crebo = c.crebo
            WHERE oo.free > 0 AND EXISTS (
                SELECT 1 FROM accreditations a
                WHERE a.company_id = oo.company_id AND a.crebo = c.crebo AND a.learning_path = oo.learning_path
                  AND a.valid_from <= oo.start_date AND (a.valid_until IS NULL OR a.valid_until >= oo.start_date))),
        supply_crebo AS (
            SELECT sector_code, region_code, start_month, crebo, sum(free)::integer AS supply
            FROM offer_crebo GROUP BY 1, 2, 3, 4),
        supply_cell AS (
            SELECT sector_code, region_code, start_month, sum(free)::integer AS supply
            FROM (SELECT DISTINCT id, free, sector_code, region_code, start_month FROM offer_crebo) per_sector
            GROUP BY 1, 2, 3),
        demand_cell AS (
            SELECT sector_code, region_code, start_month, sum(demand)::integer AS demand
            FROM student_crebo GROUP BY 1, 2, 3),
        cells AS (
            SELECT sector_code, region_code, start_month, coalesce(demand, 0) AS demand, coalesce(supply, 0) AS supply
            FROM demand_cell FULL JOIN supply_cell USING (sector_code, region_code, start_month)),
        crebo_rows AS (
            SELECT sector_code, region_code, start_month, crebo, coalesce(demand, 0) AS demand, coalesce(supply, 0) AS supply
            FROM student_crebo FULL JOIN supply_crebo USING (sector_code, region_code, start_month, crebo)),
        judged AS (
            SELECT *, demand - supply >= $4 AND supply < $5 * demand AS flagged FROM cells),
        -- One pass over the crebo rows of the flagged cells, grouped per cell: a lookup per cell would scan them all
        -- for every cell, which at national scale (about 2,000 cells) takes minutes.
        breakdown AS (
            SELECT r.sector_code, r.region_code, r.start_month,
                jsonb_agg(jsonb_build_object('crebo', r.crebo, 'name', q.name, 'demand', r.demand, 'supply', r.supply,
                    'shortfall', r.demand - r.supply) ORDER BY r.demand - r.supply DESC, r.crebo) AS by_crebo
            FROM crebo_rows r
            JOIN judged j ON j.sector_code = r.sector_code AND j.region_code = r.region_code AND j.start_month = r.start_month
            JOIN qualifications q ON q.crebo = r.crebo
            WHERE j.flagged
            GROUP BY 1, 2, 3)
        INSERT INTO shortfall_snapshots (iso_week, sector_code, region_code, start_month, demand, supply, shortfall, flagged, by_crebo, computed_at)
        SELECT $1, j.sector_code, j.region_code, j.start_month, j.demand, j.supply, j.demand - j.supply, j.flagged,
            CASE WHEN j.flagged THEN coalesce(b.by_crebo, '[]') ELSE '[]' END,
            $6
        FROM judged j
        LEFT JOIN breakdown b USING (sector_code, region_code, start_month)
        """;

    private const int ComputeTimeoutSeconds = 600;

    /// <summary>The advisory lock a run holds for its transaction: a second run waits for it, and so does one while a test holds it.</summary>
    public const long RunLockKey = 7_340_119_002;

    /// <summary>Computes and stores the snapshot of the ISO week that <paramref name="today"/> falls in; returns its cell count.</summary>
    public async Task<int> ComputeAsync(DateOnly today, DateTimeOffset computedAt, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var cells = await ComputeAsync(connection, transaction, today, computedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return cells;
    }

    /// <summary>
    /// The same in the caller's transaction, over the data as that transaction sees it: the demo seeder computes its
    /// weeks of history between the batches it writes, and commits them with the data or not at all.
    /// </summary>
    public async Task<int> ComputeAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateOnly today, DateTimeOffset computedAt, CancellationToken cancellationToken)
    {
        var week = IsoWeek.Of(today);
        var settings = options.Value;
        // Two runs at once (a scheduled one and one on demand, or one taken over from a node thought dead) take turns:
        // the second replaces the first's snapshot instead of adding to it. The lock ends with the transaction, or with
        // the connection of a node that died.
        await using (var turn = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({RunLockKey})", connection, transaction))
        {
            await turn.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var delete = new NpgsqlCommand("DELETE FROM shortfall_snapshots WHERE iso_week = $1", connection, transaction))
        {
            delete.Parameters.Add(new NpgsqlParameter<string> { TypedValue = week.ToString() });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        // A weekly batch over every seeking student and open offer: at national scale it runs longer than
        // Npgsql's 30-second default, so it gets its own bound.
        await using var compute = new NpgsqlCommand(ComputeSql, connection, transaction) { CommandTimeout = ComputeTimeoutSeconds };
        compute.Parameters.Add(new NpgsqlParameter<string> { TypedValue = week.ToString() });
        compute.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = new DateOnly(today.Year, today.Month, 1) });
        compute.Parameters.Add(new NpgsqlParameter<int> { TypedValue = settings.MonthsAhead });
        compute.Parameters.Add(new NpgsqlParameter<int> { TypedValue = settings.ShortfallThreshold });
        compute.Parameters.Add(new NpgsqlParameter<double> { TypedValue = settings.CoverageRatio });
        compute.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = computedAt });
        return await compute.ExecuteNonQueryAsync(cancellationToken);
    }
}
