namespace Matching.Jobs.Recruitment;

/// <summary>
/// One cell's candidates from the <see cref="CompanySupply"/>: for each crebo and path of its students, the companies
/// accredited for it in the cell's month that lie in the cell's region or inside its students' reach box, with their
/// open offers for the month (as the snapshot counts supply: the first month takes the offers running already) and
/// their offers in the twelve months before.
/// </summary>
internal static class RecruitCandidates
{
    public static IEnumerable<CandidateAccreditation> ForCell(
        string regionCode, DateOnly startMonth, DateOnly firstMonth, IReadOnlyList<StudentGroup> students, CompanySupply supply)
    {
        if (students.Count == 0)
        {
            yield break;
        }
        var box = ReachBox.Of(students);
        var yearBefore = startMonth.AddMonths(-12);
        foreach (var (crebo, learningPath) in students.Select(group => (group.Crebo, group.LearningPath)).Distinct())
        {
            // A renewed accreditation is a second row for the same crebo and path: the company counts once.
            var seen = new HashSet<Guid>();
            foreach (var accreditation in supply.Accreditations[(crebo, learningPath)])
            {
                var company = accreditation.Company;
                if (!accreditation.ValidIn(startMonth) || (company.RegionCode != regionCode && !box.Contains(company.Latitude, company.Longitude))
                    || !seen.Add(company.Id))
                {
                    continue;
                }
                var (open, before) = (0, 0);
                foreach (var offers in supply.Offers[(company.Id, crebo, learningPath)])
                {
                    open += (offers.Month > firstMonth ? offers.Month : firstMonth) == startMonth ? offers.OpenWithPlace : 0;
                    before += offers.Month >= yearBefore && offers.Month < startMonth ? offers.Offers : 0;
                }
                yield return new CandidateAccreditation(company, crebo, learningPath, open, before);
            }
        }
    }
}
