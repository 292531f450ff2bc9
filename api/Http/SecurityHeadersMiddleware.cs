using Matching.Api.Scheduling;

namespace Matching.Api.Http;

/// <summary>
/// Headers that keep browsers from sniffing, framing or caching API responses. Every response may carry
/// student data or a key, so none is stored by a cache. The HTML report gets a policy that allows its
/// inline styles and nothing else; HTTPS responses add HSTS. The jobs dashboard and its sign-in (under /jobs) get a policy
/// that lets Hangfire's pages load their own scripts, styles and data and post forms to this origin, and still no framing.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    public const string HtmlPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    public const string DashboardPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        // Set as the response starts, not now: the exception handler clears the headers of a request that failed, so
        // 400s from binding, 500s and status code pages would go out without them. This middleware comes first, so its
        // callback runs last and has the final word (over the exception handler's Cache-Control: no-cache too).
        // Where the request is going is read now: the dashboard's branch moves its path into PathBase before it answers.
        var area = context.Request.Path.StartsWithSegments(JobsDashboard.BasePath) ? Area.Dashboard
            : context.Request.Path.StartsWithSegments("/swagger") ? Area.Swagger
            : Area.Api;
        context.Response.OnStarting(() =>
        {
            Apply(context, area);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private enum Area { Api, Dashboard, Swagger }

    private static void Apply(HttpContext context, Area area)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }
        if (area == Area.Dashboard)
        {
            headers.ContentSecurityPolicy = DashboardPolicy;
            headers.CacheControl = "no-store";
        }
        else if (area == Area.Api)
        {
            headers.CacheControl = "no-store";
            headers.ContentSecurityPolicy = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
                ? HtmlPolicy
                : ApiPolicy;
        }
    }
}
