using Matching.Api.Indexing;

namespace Matching.Demo;

/// <summary>
/// The rows the match indexes would read from the database after the dataset was written there, computed in
/// memory: the benchmarks build the indexes from these, and a test checks them against <see cref="IndexSource"/>.
/// </summary>
public static class DemoIndexRows
{
    public static IEnumerable<OfferIndexRow> Offers(DemoDataset dataset)
    {
        var companies = dataset.Companies.ToDictionary(c => c.Id);
        var accreditations = dataset.Accreditations.ToLookup(a => a.CompanyId);
        foreach (var offer in dataset.Offers)
        {
            var company = companies[offer.CompanyId];
            // As IndexSource's SQL: the offer's crebos the company is accredited for on its path, valid on its start date.
            int[] accredited = [.. accreditations[offer.CompanyId]
                .Where(a => a.LearningPath == offer.LearningPath && offer.Crebos.Contains(a.Crebo)
                    && a.ValidFrom <= offer.StartDate && (a.ValidUntil is null || a.ValidUntil >= offer.StartDate))
                .Select(a => a.Crebo).Distinct().Order()];
            // The demo has no placements yet, so every place is free; DemoDatasetWriter writes every offer open.
            yield return new OfferIndexRow(offer.Id, company.Id, company.Name, company.SectorCode, offer.Title, offer.Description,
                offer.Requirements, [.. offer.Crebos], accredited, offer.LevelMin, offer.LevelMax, offer.LearningPath, offer.Pc4,
                offer.StartDate, offer.EndDate, offer.Places, Open: true, offer.HoursPerWeek, offer.MonthlyAllowanceEuros);
        }
    }

    public static IEnumerable<StudentIndexRow> Students(DemoDataset dataset) => dataset.Students.Select(s => new StudentIndexRow(
        s.Id, s.SchoolBrin, s.Crebo, s.Level, s.LearningPath, s.Pc4, s.MaxDistanceKm, s.AvailableFrom, s.AvailableUntil,
        [.. s.PreferredSectors], s.FreeText, s.Status == "seeking"));
}
