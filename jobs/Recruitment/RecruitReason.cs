using System.Globalization;

namespace Matching.Jobs.Recruitment;

/// <summary>
/// The reason a company is listed, in one line for the API and the CSV: per accreditation what it offers for the cell's
/// month against the year before, then its placements and, for a company that no student reaches, that it is listed
/// for being in the region.
/// </summary>
internal static class RecruitReason
{
    public static string Describe(IReadOnlyList<RecruitAccreditation> accreditations, int withinReach, int placements, DateOnly startMonth)
    {
        var month = startMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var parts = accreditations.Select(a => $"accredited for {a.Crebo} {a.LearningPath}, " + (a.OpenOffers, a.OffersBefore) switch
        {
            (0, 0) => $"no open offer for {month}",
            (0, var before) => $"no open offer for {month} ({Counted(before, "offer")} in the 12 months before)",
            var (open, before) => $"{Counted(open, "open offer")} for {month} against {before} in the 12 months before",
        }).ToList();
        if (placements > 0)
        {
            parts.Add($"{Counted(placements, "placement")} in these qualifications so far");
        }
        if (withinReach == 0)
        {
            parts.Add("in the region, but no seeking student of the cell lives within reach");
        }
        return string.Join("; ", parts);
    }

    private static string Counted(int count, string noun) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";
}
