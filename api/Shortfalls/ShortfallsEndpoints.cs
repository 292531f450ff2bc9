using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Api.Http;
using Matching.Jobs;
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
        var report = await reports.BuildAsync(isoWeek, ScopeOf(Caller.From(user)), cancellationToken);
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
