using Matching.Api.Reference;
using Matching.Demo;

namespace Matching.Api.Tests;

public sealed class NationalDatasetTests
{
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Embedded;

    [Fact]
    public void National_catalog_trains_for_every_current_qualification()
    {
        var current = Reference.Qualifications.Where(q => q.Current && q.LearningPaths.Count > 0).Select(q => q.Crebo).ToHashSet();

        var catalog = DemoCatalog.Resolve(Reference, allQualifications: true);

        var trained = catalog.SelectMany(b => b.Roles).SelectMany(r => r.Names).SelectMany(n => n.Crebos).Select(q => q.Crebo).ToHashSet();
        Assert.Empty(current.Except(trained));
        Assert.All(catalog.SelectMany(b => b.Roles).SelectMany(r => r.Names).SelectMany(n => n.Crebos), q => Assert.True(q.Current));
    }

    [Fact]
    public void Regional_catalog_keeps_to_its_own_branches()
    {
        var regional = DemoCatalog.Resolve(Reference);

        var national = DemoCatalog.Resolve(Reference, allQualifications: true);

        Assert.Equal(regional.Select(b => b.Branch.Key), national.Take(regional.Count).Select(b => b.Branch.Key));
        Assert.True(national.Count > regional.Count);
        Assert.DoesNotContain(regional, b => b.Branch.Key.StartsWith("general-", StringComparison.Ordinal));
    }

    [Fact]
    public void National_dataset_places_students_and_offers_in_every_region()
    {
        var options = new DemoOptions
        {
            RegionCodes = [.. Reference.Regions.Select(r => r.Code)],
            AllQualifications = true,
            Schools = 40,
            Students = 20_000,
            Companies = 3_000,
            Offers = 8_000,
        };

        var dataset = DemoDataGenerator.Generate(Reference, options);

        string RegionOf(int pc4) => Reference.TryGetPostcode(pc4, out var p) ? Reference.MunicipalityOf(p).RegionCode : "unknown";
        var regions = Reference.Regions.Select(r => r.Code).Order().ToArray();
        Assert.Equal(regions, dataset.Students.Select(s => RegionOf(s.Pc4)).Distinct().Order().ToArray());
        Assert.Equal(regions, dataset.Offers.Select(o => RegionOf(o.Pc4)).Distinct().Order().ToArray());
        Assert.All(dataset.Students, s => Assert.True(Reference.TryGetQualification(s.Crebo, out var q) && q.Current));
    }
}
