using Hangfire;
using Matching.Api.Auth;
using Matching.Api.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Api.Scheduling;

/// <summary>
/// Hangfire's dashboard at /jobs/dashboard, on every node: it needs only the job storage, so it is there with
/// Jobs:Enabled=false too. A browser cannot send the API's bearer header, so an admin or a coordinator signs in with
/// their key at /jobs/sign-in and gets a short-lived session cookie. Admins may trigger, retry and delete; coordinators
/// only read. Hangfire validates the antiforgery token on the dashboard's own POSTs once IAntiforgery is registered.
/// </summary>
internal static class JobsDashboard
{
    public const string BasePath = "/jobs";
    public const string DashboardPath = BasePath + "/dashboard";
    public const string SignInPath = BasePath + "/sign-in";
    public const string SignOutPath = BasePath + "/sign-out";

    private const string Policy = "jobs-dashboard";

    public static void AddJobsDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobsDashboardOptions>().BindConfiguration(JobsDashboardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DashboardSessions>();
        // The cookie's ticket and the antiforgery tokens are encrypted with Data Protection; one key ring in the database
        // lets every node read what another node wrote.
        builder.Services.AddDataProtection().SetApplicationName("Matching.Api");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<NpgsqlDataSource>((options, dataSource) => options.XmlRepository = new DataProtectionKeyRepository(dataSource));
        // A second scheme, used only by the dashboard's policy: the API itself still knows nothing but API keys.
        builder.Services.AddAuthentication().AddCookie(DashboardSessions.Scheme, options =>
        {
            options.Cookie.Name = "matching-jobs-session";
            options.Cookie.Path = BasePath;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // A fixed lifetime from sign-in (ExpireTimeSpan, from the settings below): using the dashboard does not extend it.
            options.SlidingExpiration = false;
            options.LoginPath = SignInPath;
            options.Events.OnValidatePrincipal = DashboardSessions.ValidateAsync;
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.Services.AddOptions<CookieAuthenticationOptions>(DashboardSessions.Scheme).Configure<IOptions<JobsDashboardOptions>>((options, settings) =>
            options.ExpireTimeSpan = TimeSpan.FromMinutes(settings.Value.DashboardSessionMinutes));
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(DashboardSessions.Scheme)
            .RequireRole(Roles.Admin, Roles.Coordinator));
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "matching-jobs-antiforgery";
            options.Cookie.Path = BasePath;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // SecurityHeadersMiddleware already sends X-Frame-Options: DENY.
            options.SuppressXFrameOptionsHeader = true;
        });
    }

    public static void MapJobsDashboard(this IEndpointRouteBuilder routes)
    {
        routes.MapDashboardSignIn();
        routes.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            // Not Hangfire's default (local requests only): our filter, behind the endpoint's policy.
            Authorization = [],
            AsyncAuthorization = [new DashboardAuthorizationFilter()],
            IsReadOnlyFunc = DashboardAuthorizationFilter.IsReadOnly,
            DashboardTitle = "Matching jobs",
            // Hangfire's "Back to site" link: the session page, where one signs out.
            AppPath = SignInPath,
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Policy).ExcludeFromDescription();
    }
}
