using Matching.Api.Errors;

namespace Matching.Api.Http;

/// <summary>The answer to a request that ran past Http:RequestTimeoutSeconds: 503 ProblemDetails with Retry-After.</summary>
internal static class RequestTimedOut
{
    private const int RetryAfterSeconds = 5;

    public static async Task WriteAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        await context.WriteProblemAsync(StatusCodes.Status503ServiceUnavailable, "Service unavailable", "The request took too long; try again shortly.");
    }
}
