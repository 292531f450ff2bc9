using Matching.Api.Errors;
using Matching.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Reference;

/// <summary>Reference data, readable by every role: served from memory, it never touches the database.</summary>
internal static class ReferenceEndpoints
{
    public static RouteGroupBuilder MapReferenceData(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Reference data").RequireAuthorization();
        group.MapGet("/qualifications", ListQualifications).WithName(nameof(ListQualifications)).WithSummary("Find MBO qualifications (typeahead)");
        group.MapGet("/qualifications/{crebo:int}", GetQualification).WithName(nameof(GetQualification)).WithSummary("Read a qualification by crebo");
        group.MapGet("/sectors", ListSectors).WithName(nameof(ListSectors)).WithSummary("List the SBB sectors");
        group.MapGet("/regions", ListRegions).WithName(nameof(ListRegions)).WithSummary("List the 35 labour-market regions with their municipalities");
        group.MapGet("/regions/{code}", GetRegion).WithName(nameof(GetRegion)).WithSummary("Read a labour-market region");
        group.MapGet("/postcodes/{pc4:int}", GetPostcode).WithName(nameof(GetPostcode)).WithSummary("Look up a PC4 area");
        return group;
    }

    private static Ok<Page<Qualification>> ListQualifications([AsParameters] QualificationQuery query, QualificationFinder finder)
    {
        var (items, total) = finder.Find(query);
        return TypedResults.Ok(new Page<Qualification>(items, total, query.Take, query.Skip));
    }

    private static Results<Ok<Qualification>, ProblemHttpResult> GetQualification(int crebo, ReferenceDataSet reference) =>
        reference.TryGetQualification(crebo, out var qualification) ? TypedResults.Ok(qualification) : Problems.NotFound($"Qualification with crebo {crebo}");

    private static Ok<IReadOnlyList<Sector>> ListSectors(ReferenceDataSet reference) => TypedResults.Ok(reference.Sectors);

    private static Ok<List<RegionDetails>> ListRegions(ReferenceDataSet reference) =>
        TypedResults.Ok(reference.Regions.Select(r => Details(r, reference)).ToList());

    private static Results<Ok<RegionDetails>, ProblemHttpResult> GetRegion(string code, ReferenceDataSet reference) =>
        reference.FindRegion(code) is { } region ? TypedResults.Ok(Details(region, reference)) : Problems.NotFound($"Region '{code}'");

    private static Results<Ok<PostcodeDetails>, ProblemHttpResult> GetPostcode(int pc4, ReferenceDataSet reference)
    {
        if (!reference.TryGetPostcode(pc4, out var postcode))
        {
            return Problems.NotFound($"PC4 {pc4}");
        }
        var municipality = reference.MunicipalityOf(postcode);
        return TypedResults.Ok(new PostcodeDetails(postcode.Code, postcode.Place, postcode.Latitude, postcode.Longitude,
            municipality, reference.FindRegion(municipality.RegionCode)!));
    }

    private static RegionDetails Details(LabourMarketRegion region, ReferenceDataSet reference) =>
        new(region.Code, region.Name, [.. reference.Municipalities.Where(m => m.RegionCode == region.Code)]);
}
