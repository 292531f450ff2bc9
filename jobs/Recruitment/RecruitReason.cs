using System.Globalization;

namespace Matching.Jobs.Recruitment;

/// <summary>
/// The reason a company is listed, in one line for the API and the CSV: its accreditations grouped by what it offers for
/// the cell's month against the year before ("accredited for 25656 BOL/BBL and 25655 BOL, no open offer for 2026-12"),
/// then its placements and, for a company that no student reaches, that it is listed for being in the region.
/// </summary>
internal static class RecruitReason
{
    public static string Describe(IReadOnlyList<RecruitAccreditation> accreditations, int withinReach, int placements, DateOnly startMonth)
    {
        var month = startMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var parts = Groups(accreditations).Select(group =>
            $"accredited for {List(group.Crebos.Select(crebo => $"{Number(crebo.Crebo)} {crebo.Paths}"), "and")}, " + (group.OpenOffers, group.OffersBefore) switch
            {
                (0, 0) => $"no open offer for {month}",
                (0, var before) => $"no open offer for {month} ({Counted(before, "offer")} in the 12 months before)",
                var (open, before) => $"{Counted(open, "open offer")} for {month} against {Number(before)} in the 12 months before",
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

    /// <summary>
    /// The accreditations with the same offers for the month and before, in the order given, each crebo once with its
    /// paths ("BOL/BBL"): a company accredited for six crebo-path pairs reads as one line, not six.
    /// </summary>
    public static IEnumerable<(IReadOnlyList<(int Crebo, string Paths)> Crebos, int OpenOffers, int OffersBefore)> Groups(
        IReadOnlyList<RecruitAccreditation> accreditations) =>
        accreditations
            .GroupBy(a => (a.OpenOffers, a.OffersBefore))
            .Select(group => ((IReadOnlyList<(int, string)>)
                [
                    .. group.GroupBy(a => a.Crebo)
                        .Select(crebo => (crebo.Key, string.Join('/', crebo.Select(a => a.LearningPath).OrderBy(path => path == "BOL" ? 0 : 1)))),
                ],
                group.Key.OpenOffers, group.Key.OffersBefore));

    /// <summary>"a", "a and b", "a, b and c" (with the word given for "and").</summary>
    public static string List(IEnumerable<string> items, string and)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} {and} {all[^1]}";
    }

    private static string Counted(int count, string noun) => $"{Number(count)} {noun}{(count == 1 ? "" : "s")}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
