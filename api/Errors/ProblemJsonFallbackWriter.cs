using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Matching.Api.Errors;

/// <summary>
/// Writes the problem document that the framework's writer declines to write because the request's Accept header names
/// no JSON type (a browser's, say). An error is still answered as application/problem+json, with the same
/// customisation, since a response may disregard Accept (RFC 9110 §12.5.1): without this writer the authentication
/// handler's 401 became a 500, and an endpoint's problem went out without its instance.
/// </summary>
internal sealed class ProblemJsonFallbackWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    private const string ProblemJson = "application/problem+json";
    private static readonly MediaTypeHeaderValue[] JsonTypes = [new("application/json"), new(ProblemJson)];

    public bool CanWrite(ProblemDetailsContext context)
    {
        var accept = context.HttpContext.Request.GetTypedHeaders().Accept;
        return accept.Count > 0 && !accept.Any(range => JsonTypes.Any(json => json.IsSubsetOf(range)));
    }

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        problem.Status ??= response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: ProblemJson));
    }
}
