using System.Security.Claims;
using System.Threading.RateLimiting;
using Matching.Api.ApiKeys;
using Matching.Api.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Matching.Api.Auth;

internal static class SecuritySetup
{
    public static void AddMatchingSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<BootstrapAdminKey>();
        builder.Services.AddSingleton<ApiKeyCache>();
        builder.Services.AddSingleton<RateLimitMetrics>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            // Every endpoint needs a key unless it says otherwise (health and the API documents do).
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.School, p => p.RequireRole(Roles.School, Roles.Admin))
            .AddPolicy(Policies.Company, p => p.RequireRole(Roles.Company, Roles.Admin))
            .AddPolicy(Policies.Coordinator, p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .AddPolicy(Policies.SchoolOrCompany, p => p.RequireRole(Roles.School, Roles.Company, Roles.Admin));
        builder.Services.AddRateLimiter();
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((options, settings) => ConfigureRateLimiting(options, settings.Value));
    }

    /// <summary>
    /// One token bucket per API key (per client address for unauthenticated calls): a burst of
    /// RateLimiting:BurstLimit requests, refilled at RateLimiting:RequestsPerSecond.
    /// </summary>
    private static void ConfigureRateLimiting(RateLimiterOptions options, RateLimitingOptions settings)
    {
        var burst = settings.BurstLimit;
        var perSecond = settings.RequestsPerSecond;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var partition = context.User.FindFirstValue(Caller.KeyIdClaim) ?? "ip:" + context.Connection.RemoteIpAddress;
            return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = perSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, cancellationToken) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
            context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString();
            context.HttpContext.RequestServices.GetRequiredService<RateLimitMetrics>().Rejected(context.HttpContext.User);
            await context.HttpContext.WriteProblemAsync(StatusCodes.Status429TooManyRequests, "Too many requests",
                $"This API key has used its request budget; try again in {retryAfter} s.");
        };
    }
}
