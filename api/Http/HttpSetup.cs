using System.Text.Json.Serialization;
using Matching.Api.Errors;
using Matching.Api.Idempotency;
using Matching.Api.OpenApi;
using Matching.Api.Validation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Matching.Api.Http;

internal static class HttpSetup
{
    public static void AddMatchingHttp(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                validation.Errors = FieldNames.InJsonCase(validation.Errors);
            }
        });
        builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonFallbackWriter>();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddValidation();
        builder.Services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.MaxDepth = 32;
            // "12" is not a number: strict handling rejects it and keeps the documented types plain.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            // {"crebo": 1, "crebo": 2} is ambiguous, so it is refused rather than resolved silently.
            options.SerializerOptions.AllowDuplicateProperties = false;
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        });
        // Malformed bodies and parameters throw, so ProblemExceptionHandler can say what was wrong.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The backstop against a hang: a request still running after Http:RequestTimeoutSeconds is cancelled and answered 503.
        builder.Services.AddRequestTimeouts();
        builder.Services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<HttpOptions>>((options, http) => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(http.Value.RequestTimeoutSeconds),
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = RequestTimedOut.WriteAsync,
        });
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>>((kestrel, limits) =>
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxBulkRequestBodyBytes);
        // The hosting's per-request lines carry the query string, where external references and search text travel;
        // this rule comes after the configuration's, so no Logging setting can turn them back on.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.AddMatchingCors();
    }

    public static void UseMatchingHttp(this WebApplication app)
    {
        // First, so that every response gets the headers, those the exception handler writes included.
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Swagger UI is static files, not an endpoint: it must come before the fallback authorization policy.
        app.UseMatchingSwaggerUi();
        app.UseRouting();
        // Before authentication: a browser's preflight carries no key and is answered here.
        app.UseMatchingCors();
        app.UseRequestTimeouts();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>();
    }
}
