using Microsoft.AspNetCore.Mvc;

namespace Matching.Api.Errors;

/// <summary>
/// The one place that writes a problem document outside an endpoint's result: the exception handler, the API key
/// handler's challenge and denial, the rate limiter, the request timeout and the idempotency middleware all answer
/// through it, and it answers through IProblemDetailsService as the endpoints' <see cref="Problems"/> do, so that every
/// error has one shape (ProblemDetailsOptions adds the instance and the JSON names of fields).
/// </summary>
internal static class ProblemResponses
{
    public static Task WriteProblemAsync(this HttpContext context, int status, string title, string detail) =>
        context.WriteProblemAsync(new ProblemDetails { Status = status, Title = title, Detail = detail });

    public static async Task WriteProblemAsync(this HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        });
    }
}
