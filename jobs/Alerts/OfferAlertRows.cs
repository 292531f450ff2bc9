using Npgsql;

namespace Matching.Jobs.Alerts;

/// <summary>How an <see cref="OfferAlert"/> is read: with its student's reference and its offer as it is now (the API's alert list reads them too).</summary>
public static class OfferAlertRows
{
    // An offer's free places: its places minus the accepted and active placements that overlap its period.
    public const string FreePlacesSql = """
        greatest(0, o.places - (SELECT count(*)::integer FROM placements p WHERE p.offer_id = o.id AND p.status IN ('accepted', 'active')
            AND p.start_date <= o.end_date AND p.end_date >= o.start_date))
        """;

    public const string Select = $"""
        a.student_id, s.external_ref, o.id, o.title, c.name, o.learning_path, o.crebos, o.level_min, o.level_max, o.pc4, o.start_date,
        o.end_date, {FreePlacesSql}, o.hours_per_week, o.monthly_allowance_euros, o.status, a.rank, a.score, a.distance_km,
        a.detected_at, a.batch_id
        """;

    public const string From = """
        offer_alerts a JOIN students s ON s.id = a.student_id JOIN offers o ON o.id = a.offer_id JOIN companies c ON c.id = o.company_id
        """;

    // Newest first, then a total order, so that pages never overlap.
    public const string OrderBy = "a.detected_at DESC, a.student_id, a.offer_id";

    public static OfferAlert Read(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1),
        new AlertedOffer(r.GetGuid(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetFieldValue<int[]>(6), r.GetInt16(7), r.GetInt16(8),
            r.GetInt32(9), r.GetFieldValue<DateOnly>(10), r.GetFieldValue<DateOnly>(11), r.GetInt32(12), r.GetInt32(13),
            r.IsDBNull(14) ? null : r.GetInt32(14), r.GetString(15)),
        r.GetInt16(16), r.GetFloat(17), r.GetDouble(18), r.GetFieldValue<DateTimeOffset>(19), r.IsDBNull(20) ? null : r.GetGuid(20));
}
