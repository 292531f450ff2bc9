using Matching.Engine.Geo;

namespace Matching.Jobs.Recruitment;

/// <summary>
/// Ranks one flagged cell's candidate companies: those with room for a short crebo (<see cref="CandidateAccreditation.HasRoom"/>)
/// that lie in the cell's region or within reach of one of its seeking students, most students within reach first, then
/// the most placements before, then by name. A student is within reach when the company's PC4 lies within the student's
/// own maximum travel distance from the student's PC4, measured as the matching engine measures it (haversine between
/// the PC4 centroids).
/// </summary>
internal static class RecruitRanking
{
    public static List<CompanyToRecruit> Rank(
        string regionCode, DateOnly startMonth, IReadOnlyDictionary<int, string> creboNames, IReadOnlyList<StudentGroup> students,
        IEnumerable<CandidateAccreditation> candidates, ILookup<Guid, PlacementGroup> placements)
    {
        var studentsByPath = students.ToLookup(group => (group.Crebo, group.LearningPath));
        var ranked = new List<CompanyToRecruit>();
        foreach (var company in candidates.Where(c => c.HasRoom).GroupBy(c => c.Company.Id))
        {
            var where = company.First().Company;
            var history = placements[where.Id].ToList();
            var accreditations = company
                .Select(a => new RecruitAccreditation(
                    a.Crebo, creboNames.GetValueOrDefault(a.Crebo, ""), a.LearningPath, WithinReach(studentsByPath[(a.Crebo, a.LearningPath)], where),
                    a.OpenOffers, a.OffersBefore, history.Where(p => p.LearningPath == a.LearningPath && p.Crebos.Contains(a.Crebo)).Sum(p => p.Count)))
                .OrderByDescending(a => a.StudentsWithinReach).ThenBy(a => a.Crebo).ThenBy(a => a.LearningPath, StringComparer.Ordinal)
                .ToList();
            // A student has one crebo and path, so the accreditations' counts add up without counting anyone twice.
            var withinReach = accreditations.Sum(a => a.StudentsWithinReach);
            if (withinReach == 0 && where.RegionCode != regionCode)
            {
                continue;
            }
            // A placement on an offer for two of the short crebos counts once for the company.
            var placed = history
                .Where(p => accreditations.Any(a => a.LearningPath == p.LearningPath && p.Crebos.Contains(a.Crebo)))
                .Sum(p => p.Count);
            ranked.Add(new CompanyToRecruit(0, where.Id, where.Kvk, where.Name, where.Pc4, where.Place, where.RegionCode, where.RegionName,
                withinReach, placed, accreditations, RecruitReason.Describe(accreditations, withinReach, placed, startMonth)));
        }
        return
        [
            .. ranked
                .OrderByDescending(c => c.StudentsWithinReach)
                .ThenByDescending(c => c.Placements)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .ThenBy(c => c.Kvk, StringComparer.Ordinal)
                .Select((c, index) => c with { Rank = index + 1 }),
        ];
    }

    /// <summary>The students of one crebo and path whose own travel distance reaches the company.</summary>
    private static int WithinReach(IEnumerable<StudentGroup> students, CandidateCompany company)
    {
        var count = 0;
        foreach (var group in students)
        {
            if (Haversine.DistanceKm(group.Latitude, group.Longitude, company.Latitude, company.Longitude) <= group.MaxDistanceKm)
            {
                count += group.Count;
            }
        }
        return count;
    }
}
