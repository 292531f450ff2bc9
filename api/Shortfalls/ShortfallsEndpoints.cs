using System.ComponentModel;
using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Api.Reference;
using Matching.Api.Validation;
using Matching.Jobs;
using Matching.Jobs.Recruitment;
using Matching.Jobs.Reports;
using Matching.Jobs.Shortfalls;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Shortfalls;

internal static class ShortfallsEndpoints
{
    public static void MapShortfalls(this IEndpointRouteBuilder routes)
    {
        var shortfalls = routes.MapGroup("/shortfalls").WithTags("Shortfalls").RequireAuthorization(Policies.Coordinator);
        shortfalls.MapGet("/", ListShortfalls).WithName(nameof(ListShortfalls))
            .WithSummary("A week's shortfall cells (sector x region x start month), flagged first")
            .WithDescription("A coordinator key sees only its own regions and sectors.");
        shortfalls.MapGet("/trend", GetShortfallTrend).WithName(nameof(GetShortfallTrend))
            .WithSummary("Demand, supply and shortfall per sector over the last weeks");
        shortfalls.MapGet("/{isoWeek}/cells/{cellId}/companies", ListCompaniesToRecruit).WithName(nameof(ListCompaniesToRecruit))
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
            .Produces<RecruitPage>(StatusCodes.Status200OK, "application/json")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        routes.MapGet("/reports/{isoWeek}", GetReport).WithName(nameof(GetReport)).WithTags("Shortfalls")
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("A week's report as JSON, CSV or an HTML page with charts")
            .Produces<ShortfallReport>(StatusCodes.Status200OK, "application/json")
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "text/html");
    }

    private static async Task<Results<Ok<ShortfallPage>, ValidationProblem, ProblemHttpResult>> ListShortfalls(
        [AsParameters] ShortfallQuery query, ClaimsPrincipal user, ShortfallSnapshots snapshots, ReferenceDataSet reference,
        CancellationToken cancellationToken)
    {
        var (scope, problem) = Authorize(Caller.From(user), query.Region, query.Sector, reference);
        if (problem is not null)
        {
            return problem;
        }
        if (query.Week is not null && !IsoWeek.TryParse(query.Week, out _))
        {
            return Problems.Validation("week", $"{query.Week} is not an ISO week.");
        }
        var week = query.Week ?? await snapshots.LatestWeekAsync(cancellationToken);
        if (week is null)
        {
            return TypedResults.Ok(new ShortfallPage(null, null, [], 0, query.Take, query.Skip));
        }
        var page = await snapshots.PageAsync(week, scope!, query.Region, query.Sector, query.Flagged == true, query.Take, query.Skip, cancellationToken);
        var computedAt = await snapshots.ComputedAtAsync(week, cancellationToken);
        return TypedResults.Ok(new ShortfallPage(week, computedAt, page.Items, page.Total, page.Limit, page.Offset));
    }

    private static async Task<Results<Ok<IReadOnlyList<SectorTrend>>, ValidationProblem, ProblemHttpResult>> GetShortfallTrend(
        [AsParameters] TrendQuery query, ClaimsPrincipal user, ShortfallSnapshots snapshots, ReferenceDataSet reference,
        CancellationToken cancellationToken)
    {
        var (scope, problem) = Authorize(Caller.From(user), query.Region, query.Sector, reference);
        if (problem is not null)
        {
            return problem;
        }
        var week = await snapshots.LatestWeekAsync(cancellationToken);
        return TypedResults.Ok(week is null
            ? []
            : await snapshots.TrendsAsync(week, query.Weeks ?? 12, scope!, query.Region, query.Sector, cancellationToken));
    }

    private static async Task<Results<Ok<RecruitPage>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> ListCompaniesToRecruit(
        string isoWeek, [Description("The cell's id from the shortfall list, {sector}_{region}_{yyyy-MM}, e.g. zorg-welzijn-sport_rijnmond_2027-02.")] string cellId,
        [AsParameters] RecruitQuery query, ClaimsPrincipal user, HttpRequest request, ShortfallSnapshots snapshots, CompaniesToRecruit recruits,
        ReferenceDataSet reference, CancellationToken cancellationToken)
    {
        if (!IsoWeek.TryParse(isoWeek, out var week))
        {
            return Problems.Validation("isoWeek", $"'{isoWeek}' is not an ISO week such as 2026-W48.");
        }
        if (!ShortfallCellId.TryParse(cellId, out var id))
        {
            return Problems.Validation("cellId", "A cell id is {sector}_{region}_{yyyy-MM}, e.g. zorg-welzijn-sport_rijnmond_2027-02.");
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
        if ((query.Format ?? FormatFromAccept(request)) == "csv")
        {
            return TypedResults.Text(CompaniesToRecruitCsv.Render(week, found), "text/csv; charset=utf-8");
        }
        return TypedResults.Ok(new RecruitPage(week, cell, found.Students, [.. found.Companies.Skip(query.Skip).Take(query.Take)],
            found.Total, query.Take, query.Skip));
    }

    private static async Task<Results<Ok<ShortfallReport>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetReport(
        string isoWeek, [AsParameters] ReportFormatQuery query, ClaimsPrincipal user, HttpRequest request, ShortfallReportBuilder reports,
        CancellationToken cancellationToken)
    {
        if (!IsoWeek.TryParse(isoWeek, out var week))
        {
            return Problems.Validation("isoWeek", $"'{isoWeek}' is not an ISO week such as 2026-W48.");
        }
        var caller = Caller.From(user);
        var report = await reports.BuildAsync(week, ScopeOf(caller), cancellationToken);
        if (report is null)
        {
            return Problems.NotFound($"The shortfall report of {week}");
        }
        return (query.Format ?? FormatFromAccept(request)) switch
        {
            "csv" => TypedResults.Text(ShortfallReportCsv.Render(report), "text/csv; charset=utf-8"),
            "html" => TypedResults.Text(ShortfallReportHtml.Render(report), "text/html; charset=utf-8"),
            _ => TypedResults.Ok(report),
        };
    }

    private static string FormatFromAccept(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("text/html", StringComparison.OrdinalIgnoreCase) ? "html"
            : accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) ? "csv"
            : "json";
    }

    internal static ShortfallScope ScopeOf(Caller caller) => caller.IsAdmin ? new([], []) : new(caller.Regions, caller.Sectors);

    /// <summary>The caller's scope, or the 400/403 for a filter that is unknown or outside it.</summary>
    private static (ShortfallScope? Scope, ProblemHttpResult? Problem) Authorize(Caller caller, string? region, string? sector, ReferenceDataSet reference)
    {
        var errors = new ValidationErrors();
        errors.AddIf(region is not null && reference.FindRegion(region) is null, "region", $"Unknown region '{region}'.");
        errors.AddIf(sector is not null && reference.FindSector(sector) is null, "sector", $"Unknown sector '{sector}'.");
        if (!errors.IsValid)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "One or more validation errors occurred.",
                extensions: new Dictionary<string, object?> { ["errors"] = errors.ToDictionary() }));
        }
        var scope = ScopeOf(caller);
        if ((region is not null && scope.Regions.Count > 0 && !scope.Regions.Contains(region))
            || (sector is not null && scope.Sectors.Count > 0 && !scope.Sectors.Contains(sector)))
        {
            return (null, Problems.Forbidden("This coordinator key does not follow that region or sector."));
        }
        return (scope, null);
    }
}
