using Microsoft.Net.Http.Headers;

namespace Matching.Api.Http;

/// <summary>
/// CORS is closed unless Cors:AllowedOrigins names origins: then browsers on exactly those origins may
/// call the API (with any method and header, reading the headers a client needs), and no others.
/// </summary>
internal static class CorsSetup
{
    public const string SettingsKey = "Cors:AllowedOrigins";

    public static void AddMatchingCors(this WebApplicationBuilder builder)
    {
        var origins = AllowedOrigins(builder.Configuration);
        if (origins.Length == 0)
        {
            return;
        }
        builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .AllowAnyMethod()
            .AllowAnyHeader()
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.Location, HeaderNames.RetryAfter, Idempotency.IdempotentOperations.ReplayedHeaderName)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
    }

    public static void UseMatchingCors(this WebApplication app)
    {
        if (AllowedOrigins(app.Configuration).Length > 0)
        {
            app.UseCors();
        }
    }

    private static string[] AllowedOrigins(IConfiguration configuration) =>
        [.. (configuration.GetSection(SettingsKey).Get<string[]>() ?? []).Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/'))];
}
