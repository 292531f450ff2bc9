using System.Security.Claims;
using System.Text;
using Matching.Api.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Scheduling;

/// <summary>
/// GET /jobs/sign-in shows the form, POST /jobs/sign-in checks the key as the API does and opens a dashboard session,
/// POST /jobs/sign-out ends it. Both POSTs need the form's antiforgery token (no login CSRF), and none of this is part
/// of the API document.
/// </summary>
internal static class DashboardSignIn
{
    public const string KeyField = "key";

    public static void MapDashboardSignIn(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(JobsDashboard.BasePath).AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/sign-in", ShowSignIn);
        group.MapPost("/sign-in", SignIn);
        group.MapPost("/sign-out", SignOut);
    }

    private static async Task<ContentHttpResult> ShowSignIn(HttpContext context, IAntiforgery antiforgery)
    {
        var session = await context.AuthenticateAsync(DashboardSessions.Scheme);
        return Page(context, antiforgery, StatusCodes.Status200OK, null, session.Succeeded ? session.Principal.FindFirstValue(ClaimTypes.Role) : null);
    }

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> SignIn(
        HttpContext context, IAntiforgery antiforgery, ApiKeyCache keys, BootstrapAdminKey bootstrap, DashboardSessions sessions,
        CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Page(context, antiforgery, StatusCodes.Status400BadRequest, "The form has expired. Please sign in again.");
        }
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var key = form[KeyField].ToString().Trim();
        var caller = key.Length == 0 ? null : await ApiKeyAuthenticationHandler.FindCallerAsync(key, keys, bootstrap, cancellationToken);
        // One message for an unknown, a revoked and a school or company key: the form tells nothing about a key.
        if (caller is null || !DashboardSessions.MayOpen(caller.Role))
        {
            return Page(context, antiforgery, StatusCodes.Status401Unauthorized, "This key cannot open the jobs dashboard.");
        }
        await context.SignInAsync(DashboardSessions.Scheme, sessions.PrincipalFor(caller), new AuthenticationProperties { IsPersistent = true });
        return TypedResults.Redirect(JobsDashboard.DashboardPath);
    }

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> SignOut(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Page(context, antiforgery, StatusCodes.Status400BadRequest, "The form has expired. Please try again.");
        }
        await context.SignOutAsync(DashboardSessions.Scheme);
        return TypedResults.Redirect(JobsDashboard.SignInPath);
    }

    private static ContentHttpResult Page(HttpContext context, IAntiforgery antiforgery, int status, string? message, string? signedInRole = null) =>
        TypedResults.Content(DashboardSignInPage.Render(antiforgery.GetAndStoreTokens(context), message, signedInRole), "text/html; charset=utf-8", Encoding.UTF8, status);
}
