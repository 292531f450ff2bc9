using Hangfire.Dashboard;
using Matching.Api.Auth;
using Microsoft.AspNetCore.Authentication;

namespace Matching.Api.Scheduling;

/// <summary>
/// Hangfire's own gate, behind the endpoint's authorization policy: only a dashboard session of an admin or a coordinator
/// gets in. API keys in headers count for nothing here; the session cookie is the only way in.
/// </summary>
internal sealed class DashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        // The cookie handler caches its result per request: this does not decrypt or look the key up a second time.
        var httpContext = context.GetHttpContext();
        var session = await httpContext.AuthenticateAsync(DashboardSessions.Scheme);
        if (!session.Succeeded || !(session.Principal.IsInRole(Roles.Admin) || session.Principal.IsInRole(Roles.Coordinator)))
        {
            return false;
        }
        // What IsReadOnly reads (the endpoint's policy has already put this principal there; this makes it not depend on that).
        httpContext.User = session.Principal;
        return true;
    }

    /// <summary>Hangfire's IsReadOnlyFunc: everyone but an admin only reads (no trigger, retry or delete buttons, and such POSTs are 401).</summary>
    public static bool IsReadOnly(DashboardContext context) => !context.GetHttpContext().User.IsInRole(Roles.Admin);
}
