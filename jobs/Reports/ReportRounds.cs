using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Jobs.Reports;

/// <summary>
/// Reads the placement rounds (api/Rounds) a week's report mentions: those sharing a region with the report's scope
/// that ran or were confirmed in the week or the <see cref="EarlierWeeks"/> weeks before it, discarded ones left out.
/// </summary>
public sealed class ReportRounds(NpgsqlDataSource dataSource, IOptions<JobsOptions> options)
{
    // A round takes weeks from creation to confirmation, and a weekly reader who missed one report should still see it.
    public const int EarlierWeeks = 3;

    /// <summary>The rounds, the latest run or confirmation first.</summary>
    public async Task<IReadOnlyList<ReportRound>> ForWeekAsync(IsoWeek week, ShortfallScope scope, CancellationToken cancellationToken)
    {
        // Weeks run from Monday midnight where the weekly job runs (Jobs:TimeZone), as the snapshot's week does.
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var monday = week.Monday;
        await using var command = dataSource.CreateCommand("""
            SELECT p.id, p.name, p.regions,
                ARRAY(SELECT coalesce(r.name, u.code) FROM unnest(p.regions) WITH ORDINALITY AS u (code, n)
                      LEFT JOIN labour_market_regions r ON r.code = u.code ORDER BY u.n),
                p.sectors, p.start_from, p.start_until, p.status, p.computed_at, p.confirmed_at,
                (p.summary ->> 'students')::integer, (p.summary ->> 'placed')::integer, (p.summary ->> 'greedyPlaced')::integer,
                (p.summary ->> 'placesLeft')::integer, (p.summary ->> 'blockingPairs')::integer
            FROM placement_rounds p
            WHERE p.status IN ('proposed', 'confirmed') AND p.summary IS NOT NULL
              AND ((p.computed_at >= $1 AND p.computed_at < $2) OR (p.confirmed_at >= $1 AND p.confirmed_at < $2))
              AND (cardinality($3) = 0 OR p.regions && $3)
            ORDER BY greatest(p.computed_at, p.confirmed_at) DESC, p.id
            """);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = Midnight(monday.AddDays(-7 * EarlierWeeks), zone) });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = Midnight(monday.AddDays(7), zone) });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. scope.Regions] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rounds = new List<ReportRound>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rounds.Add(Read(reader));
        }
        return rounds;
    }

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone));

    private static ReportRound Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetFieldValue<string[]>(2), r.GetFieldValue<string[]>(3), r.GetFieldValue<string[]>(4),
        r.GetFieldValue<DateOnly>(5), r.GetFieldValue<DateOnly>(6), r.GetString(7), r.GetFieldValue<DateTimeOffset>(8),
        r.IsDBNull(9) ? null : r.GetFieldValue<DateTimeOffset>(9), r.GetInt32(10), r.GetInt32(11), r.GetInt32(12), r.GetInt32(13),
        r.GetInt32(14));
}
