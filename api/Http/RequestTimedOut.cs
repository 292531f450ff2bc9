using Microsoft.AspNetCore.Mvc;

namespace Matching.Api.Http;

/// <summary>The answer to a request that ran past Http:RequestTimeoutSeconds: 503 ProblemDetails with Retry-After.</summary>
internal static class RequestTimedOut
{
    private const int RetryAfterSeconds = 5;

    public static async Task WriteAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service unavailable",
                Detail = "The request took too long; try again shortly.",
            },
        });
    }
}
