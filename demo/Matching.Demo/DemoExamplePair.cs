using Matching.Api.OpenApi;
using Matching.Api.Reference;

namespace Matching.Demo;

/// <summary>
/// Adds the student and the offer that the document's placement and batch-match examples name (<see cref="ExampleValues"/>):
/// a seeking Logistiek medewerker at the demo school key's school, and an open offer for that crebo at the accredited
/// leerbedrijf nearest the student, so that Swagger UI's "Try it out" proposes a placement that succeeds.
/// </summary>
public static class DemoExamplePair
{
    public static DemoDataset AddTo(DemoDataset dataset, ReferenceDataSet reference, DateOnly today)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(2);
        var end = start.AddMonths(5).AddDays(-1);
        var company = NearestAccreditedCompany(dataset, reference, start);
        if (company is null || dataset.Schools.Count == 0)
        {
            return dataset;
        }

        var offer = new DemoOffer(
            ExampleValues.OfferId, company.Id,
            "Stagiair magazijn en expeditie (BOL)",
            "Je ontvangt goederen, slaat ze op met de handscanner, verzamelt orders en laadt de vrachtwagens voor de expeditie.",
            "Je volgt Logistiek medewerker niveau 2 of 3. Een heftruckcertificaat is een pre.",
            [DemoWalkthrough.Crebo], 2, 3, DemoWalkthrough.LearningPath, company.Pc4, start, end, 2, 32, 350, ["nl"]);
        var student = new DemoStudent(
            ExampleValues.StudentId, SchoolWithMostSeekingStudents(dataset), "DEMO-VOORBEELD-1", DemoWalkthrough.Crebo, 2,
            DemoWalkthrough.LearningPath, DemoWalkthrough.Pc4, 25, start.AddDays(-14), end.AddDays(14), 32,
            [company.SectorCode], "Ik zoek een stage in een magazijn, ik werk graag met de handscanner en wil mijn heftruckcertificaat halen.",
            ["nl"], "seeking");
        return dataset with { Students = [.. dataset.Students, student], Offers = [.. dataset.Offers, offer] };
    }

    // The seeder gives the demo school key to this school (most seeking students, then the lowest BRIN).
    private static string SchoolWithMostSeekingStudents(DemoDataset dataset) =>
        dataset.Students.Where(s => s.Status == "seeking").GroupBy(s => s.SchoolBrin)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault() ?? dataset.Schools[0].Brin;

    private static DemoCompany? NearestAccreditedCompany(DemoDataset dataset, ReferenceDataSet reference, DateOnly start)
    {
        if (!reference.TryGetPostcode(DemoWalkthrough.Pc4, out var home))
        {
            return null;
        }
        var accredited = dataset.Accreditations
            .Where(a => a.Crebo == DemoWalkthrough.Crebo && a.LearningPath == DemoWalkthrough.LearningPath
                && a.ValidFrom <= start && (a.ValidUntil is null || a.ValidUntil >= start.AddMonths(6)))
            .Select(a => a.CompanyId)
            .ToHashSet();
        return dataset.Companies
            .Where(c => accredited.Contains(c.Id))
            .Select(c => (Company: c, Distance: reference.TryGetPostcode(c.Pc4, out var place) ? SquaredDistance(home, place) : double.MaxValue))
            .OrderBy(c => c.Distance).ThenBy(c => c.Company.Kvk, StringComparer.Ordinal)
            .Select(c => c.Company)
            .FirstOrDefault();
    }

    private static double SquaredDistance(Postcode a, Postcode b)
    {
        var dx = (b.Longitude - a.Longitude) * Math.Cos(a.Latitude * Math.PI / 180);
        var dy = b.Latitude - a.Latitude;
        return dx * dx + dy * dy;
    }
}
