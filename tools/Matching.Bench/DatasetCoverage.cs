using Matching.Api.Reference;
using Matching.Demo;

namespace Matching.Bench;

// How much of the country and of the qualification list a generated dataset covers, from the rows themselves.
internal static class DatasetCoverage
{
    public static void Report(DemoDataset dataset, ReferenceDataSet reference, ResultsFile results)
    {
        string RegionOf(int pc4) => reference.TryGetPostcode(pc4, out var p) ? reference.MunicipalityOf(p).RegionCode : "";

        var studentRegions = dataset.Students.Select(s => RegionOf(s.Pc4)).ToHashSet();
        var offerRegions = dataset.Offers.Select(o => RegionOf(o.Pc4)).ToHashSet();
        var pc4s = dataset.Students.Select(s => s.Pc4).Concat(dataset.Companies.Select(c => c.Pc4)).Concat(dataset.Offers.Select(o => o.Pc4)).ToHashSet();
        var current = reference.Qualifications.Where(q => q.Current).Select(q => q.Crebo).ToHashSet();
        var studentCrebos = dataset.Students.Select(s => s.Crebo).Where(current.Contains).ToHashSet();
        var offerCrebos = dataset.Offers.SelectMany(o => o.Crebos).Where(current.Contains).ToHashSet();
        var accredited = dataset.Accreditations.Select(a => a.Crebo).Where(current.Contains).ToHashSet();

        results.Add("regions_total", reference.Regions.Count);
        results.Add("regions_with_students", studentRegions.Count);
        results.Add("regions_with_offers", offerRegions.Count);
        results.Add("pc4_total", reference.Postcodes.Count);
        results.Add("pc4_used", pc4s.Count);
        results.Add("qualifications_current", current.Count);
        results.Add("qualifications_with_students", studentCrebos.Count);
        results.Add("qualifications_with_offers", offerCrebos.Count);
        results.Add("qualifications_accredited", accredited.Count);
    }
}
