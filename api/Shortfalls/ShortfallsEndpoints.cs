using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Api.Reference;
using Matching.Api.Validation;
using Matching.Jobs;
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
