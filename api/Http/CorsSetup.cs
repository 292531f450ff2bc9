using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Matching.Api.Http;

/// <summary>
/// CORS is closed unless Cors:AllowedOrigins names origins: then browsers on exactly those origins may
/// call the API (with any method and header, reading the headers a client needs), and no others.
/// </summary>
internal static class CorsSetup
{
    public static void AddMatchingCors(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorsOriginsOptions>().BindConfiguration(CorsOriginsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<CorsOriginsOptions>>((cors, settings) =>
        {
            var origins = settings.Value.Origins();
            if (origins.Length > 0)
            {
                cors.AddDefaultPolicy(policy => policy
                    .WithOrigins(origins)
                    .AllowAnyMethod()
                    .AllowAnyHeader()
                    .WithExposedHeaders(HeaderNames.ETag, HeaderNames.Location, HeaderNames.RetryAfter, Idempotency.IdempotentOperations.ReplayedHeaderName)
                    .SetPreflightMaxAge(TimeSpan.FromHours(1)));
            }
        });
    }

    public static void UseMatchingCors(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<CorsOriginsOptions>>().Value.Origins().Length > 0)
        {
            app.UseCors();
        }
    }
}
