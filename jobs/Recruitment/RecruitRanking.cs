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
    /// <summary>The first <paramref name="take"/> companies with their ranks and reasons, and how many there are in all.</summary>
    public static (int Total, List<CompanyToRecruit> Companies) Rank(
        string regionCode, DateOnly startMonth, IReadOnlyDictionary<int, string> creboNames, IReadOnlyList<StudentGroup> students,
        IEnumerable<CandidateAccreditation> candidates, ILookup<Guid, PlacementGroup> placements, int take)
    {
        var studentsByPath = students.ToLookup(group => (group.Crebo, group.LearningPath));
        var listed = new List<(CandidateCompany Company, List<RecruitAccreditation> Accreditations, int WithinReach, int Placed)>();
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
            listed.Add((where, accreditations, withinReach, placed));
        }
        // The reasons are written for the companies shown only: a report of every region ranks over a million.
        List<CompanyToRecruit> first =
        [
            .. listed
                .OrderByDescending(c => c.WithinReach)
                .ThenByDescending(c => c.Placed)
                .ThenBy(c => c.Company.Name, StringComparer.Ordinal)
                .ThenBy(c => c.Company.Kvk, StringComparer.Ordinal)
                .Take(take)
                .Select((c, index) => new CompanyToRecruit(index + 1, c.Company.Id, c.Company.Kvk, c.Company.Name, c.Company.Pc4, c.Company.Place,
                    c.Company.RegionCode, c.Company.RegionName, c.WithinReach, c.Placed, c.Accreditations,
                    RecruitReason.Describe(c.Accreditations, c.WithinReach, c.Placed, startMonth))),
        ];
        return (listed.Count, first);
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
