using System.ComponentModel;
using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Api.Http;
using Matching.Api.Reference;
using Matching.Jobs;
using Matching.Jobs.Recruitment;
using Matching.Jobs.Reports;
using Matching.Jobs.Shortfalls;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Shortfalls;

internal static class ShortfallsEndpoints
{
    // The report's representations, the default first.
    private const string Json = "application/json";
    private const string Csv = "text/csv";
    private const string Html = "text/html";
    private static readonly string[] ReportMediaTypes = [Json, Csv, Html];

    public static RouteGroupBuilder MapShortfalls(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Shortfalls").RequireAuthorization(Policies.Coordinator);
        group.MapGet("/reports/{isoWeek}", GetReport).WithName(nameof(GetReport))
            .WithSummary("A week's report as JSON, CSV or an HTML page with charts")
            .Produces<ShortfallReport>(StatusCodes.Status200OK, Json)
            .Produces<string>(StatusCodes.Status200OK, Csv, Html)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
        group.MapGet("/shortfalls", ListShortfalls).WithName(nameof(ListShortfalls))
            .WithSummary("A week's shortfall cells (sector x region x start month), flagged first")
            .WithDescription("A coordinator key sees only its own regions and sectors.");
        group.MapGet("/shortfalls/trend", GetShortfallTrend).WithName(nameof(GetShortfallTrend))
            .WithSummary("Demand, supply and shortfall per sector over the last weeks");
        group.MapGet("/shortfalls/{isoWeek}/cells/{cellId}/companies", ListCompaniesToRecruit).WithName(nameof(ListCompaniesToRecruit))
            .WithSummary("Accredited leerbedrijven to recruit places from for a flagged cell, most demand within reach first")
            .WithDescription("""
                For a flagged cell of the week's snapshot: the companies accredited, in the cell's start month, for one of its
                short crebos on the learning path of the cell's students who need it, that have no open offer with a free place
                for it starting that month, or fewer than they had in the twelve months before, and that lie in the cell's
                region or within one of those students' own travel distance. Ranked by the students within reach, then by
                placements so far. Students are counts only. The snapshot gives the cell and its short crebos; students,
                offers and placements are read as they are now. 404 for a week or cell without a snapshot, or a cell that is
                not flagged; a coordinator key gets 403 outside its regions and sectors.
                """)
            .Produces<RecruitPage>(StatusCodes.Status200OK, Json)
            .Produces<string>(StatusCodes.Status200OK, Csv)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
        return group;
    }

    private static async Task<Results<Ok<ShortfallPage>, ProblemHttpResult>> ListShortfalls(
        [AsParameters] ShortfallQuery query, ClaimsPrincipal user, ShortfallSnapshots snapshots, CancellationToken cancellationToken)
    {
        if (ScopeFor(Caller.From(user), query.Region, query.Sector) is not { } scope)
        {
            return OutsideScope();
        }
        if ((query.Week ?? await snapshots.LatestWeekAsync(cancellationToken)) is not { } week)
        {
            return TypedResults.Ok(new ShortfallPage(null, null, [], 0, query.Take, query.Skip));
        }
        var page = await snapshots.PageAsync(week, scope, query.Region, query.Sector, query.Flagged == true, query.Take, query.Skip, cancellationToken);
        var computedAt = await snapshots.ComputedAtAsync(week, cancellationToken);
        return TypedResults.Ok(new ShortfallPage(week, computedAt, page.Items, page.Total, page.Limit, page.Offset));
    }

    private static async Task<Results<Ok<IReadOnlyList<SectorTrend>>, ProblemHttpResult>> GetShortfallTrend(
        [AsParameters] TrendQuery query, ClaimsPrincipal user, ShortfallSnapshots snapshots, CancellationToken cancellationToken)
    {
        if (ScopeFor(Caller.From(user), query.Region, query.Sector) is not { } scope)
        {
            return OutsideScope();
        }
        var week = await snapshots.LatestWeekAsync(cancellationToken);
        return TypedResults.Ok(week is { } latest
            ? await snapshots.TrendsAsync(latest, query.Weeks ?? 12, scope, query.Region, query.Sector, cancellationToken)
            : []);
    }

    // isoWeek binds to IsoWeek (IParsable): a value that is no week is the framework's 400 before this runs.
    private static async Task<Results<Ok<RecruitPage>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> ListCompaniesToRecruit(
        IsoWeek isoWeek, [Description("The cell's id from the shortfall list, {sector}_{region}_{yyyy-MM}, e.g. zorg-welzijn-sport_rijnmond_2027-02.")] string cellId,
        [AsParameters] RecruitQuery query, ClaimsPrincipal user, HttpRequest request, ShortfallSnapshots snapshots, CompaniesToRecruit recruits,
        ReferenceDataSet reference, CancellationToken cancellationToken)
    {
        var week = isoWeek;
        if (!ShortfallCellId.TryParse(cellId, out var id))
        {
            return Problems.Validation("cellId", "A cell id is {sector}_{region}_{yyyy-MM}, e.g. zorg-welzijn-sport_rijnmond_2027-02.");
        }
        var mediaType = query.Format switch
        {
            "json" => Json,
            "csv" => Csv,
            _ => AcceptNegotiation.Choose(request, [Json, Csv]),
        };
        if (mediaType is null)
        {
            return Problems.NotAcceptable("The companies to recruit come as application/json or text/csv: accept one of them, or ask with format=json or csv.");
        }
        var cellName = $"The shortfall cell {id} of {week}";
        if (reference.FindSector(id.SectorCode) is null || reference.FindRegion(id.RegionCode) is null)
        {
            return Problems.NotFound(cellName);
        }
        // Decided from the id alone, before the lookup: a key learns nothing about cells outside its scope.
        var scope = ScopeOf(Caller.From(user));
        if ((scope.Regions.Count > 0 && !scope.Regions.Contains(id.RegionCode)) || (scope.Sectors.Count > 0 && !scope.Sectors.Contains(id.SectorCode)))
        {
            return Problems.Forbidden("This coordinator key does not follow that cell's region or sector.");
        }
        var cell = await snapshots.CellAsync(week, id, cancellationToken);
        if (cell is null)
        {
            return Problems.NotFound(cellName);
        }
        if (!cell.Flagged)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"{cellName} is not flagged: places to recruit are listed for flagged cells (knelpunten) only.");
        }
        var found = (await recruits.FindAsync(week, [cell], cancellationToken))[0];
        if (mediaType == Csv)
        {
            return TypedResults.Text(CompaniesToRecruitCsv.Render(week, found), "text/csv; charset=utf-8");
        }
        return TypedResults.Ok(new RecruitPage(week, cell, found.Students, [.. found.Companies.Skip(query.Skip).Take(query.Take)],
            found.Total, query.Take, query.Skip));
    }

    // isoWeek binds to IsoWeek (IParsable): a value that is no week is the framework's 400 before this runs.
    private static async Task<Results<Ok<ShortfallReport>, ContentHttpResult, ProblemHttpResult>> GetReport(
        IsoWeek isoWeek, [AsParameters] ReportFormatQuery query, ClaimsPrincipal user, HttpRequest request, ShortfallReportBuilder reports,
        CancellationToken cancellationToken)
    {
        var mediaType = query.Format switch
        {
            "json" => Json,
            "csv" => Csv,
            "html" => Html,
            _ => AcceptNegotiation.Choose(request, ReportMediaTypes),
        };
        if (mediaType is null)
        {
            return Problems.NotAcceptable($"The report comes as {string.Join(", ", ReportMediaTypes)}: accept one of them, or ask with format=json, csv or html.");
        }
        var scope = ScopeOf(Caller.From(user));
        var report = mediaType == Csv
            ? await reports.BuildCellsAsync(isoWeek, scope, cancellationToken)
            : await reports.BuildAsync(isoWeek, scope, cancellationToken);
        if (report is null)
        {
            return Problems.NotFound($"The shortfall report of {isoWeek}");
        }
        return mediaType switch
        {
            Csv => TypedResults.Text(ShortfallReportCsv.Render(report), "text/csv; charset=utf-8"),
            Html => TypedResults.Text(ShortfallReportHtml.Render(report), "text/html; charset=utf-8"),
            _ => TypedResults.Ok(report),
        };
    }

    private static ShortfallScope ScopeOf(Caller caller) => caller.IsAdmin ? new([], []) : new(caller.Regions, caller.Sectors);

    /// <summary>The caller's scope, or null when a filter asks for a region or sector outside it (the filters' codes are validated already).</summary>
    private static ShortfallScope? ScopeFor(Caller caller, string? region, string? sector)
    {
        var scope = ScopeOf(caller);
        return (region is not null && scope.Regions.Count > 0 && !scope.Regions.Contains(region))
            || (sector is not null && scope.Sectors.Count > 0 && !scope.Sectors.Contains(sector))
            ? null
            : scope;
    }

    private static ProblemHttpResult OutsideScope() => Problems.Forbidden("This coordinator key does not follow that region or sector.");
}
