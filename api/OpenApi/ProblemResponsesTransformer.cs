using Matching.Api.Http;
using Matching.Api.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace Matching.Api.OpenApi;

/// <summary>
/// Lists every error an operation can answer, each an application/problem+json document, from what the pipeline does
/// to it: 400 for what is bound or validated, 401 and 403 from its authorization, 404 for a resource in the path, 409
/// for a write (a unique key, a concurrent change, a resource's state), 412 and 428 from If-Match, 413 and 415 for a
/// body, 422 for a reused Idempotency-Key, 429 from the rate limiter and 503 (with Retry-After) while the database is
/// unreachable or a request runs too long. Handlers name any other one with ProducesProblem.
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        var sources = description.ParameterDescriptions.Select(p => p.Source).ToList();
        var hasBody = sources.Contains(BindingSource.Body);
        var idempotent = IdempotentOperations.Applies(method, metadata);
        var ifMatch = metadata.OfType<IfMatchHeader>().FirstOrDefault();
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();

        var statuses = new List<int>();
        AddIf(statuses, hasBody || sources.Contains(BindingSource.Query) || idempotent, StatusCodes.Status400BadRequest);
        AddIf(statuses, !anonymous, StatusCodes.Status401Unauthorized);
        AddIf(statuses, !anonymous && metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null), StatusCodes.Status403Forbidden);
        AddIf(statuses, sources.Contains(BindingSource.Path), StatusCodes.Status404NotFound);
        AddIf(statuses, !HttpMethods.IsGet(method), StatusCodes.Status409Conflict);
        AddIf(statuses, ifMatch is not null, StatusCodes.Status412PreconditionFailed);
        AddIf(statuses, hasBody, StatusCodes.Status413PayloadTooLarge);
        AddIf(statuses, hasBody, StatusCodes.Status415UnsupportedMediaType);
        AddIf(statuses, idempotent, StatusCodes.Status422UnprocessableEntity);
        AddIf(statuses, ifMatch is { Required: true }, StatusCodes.Status428PreconditionRequired);
        AddIf(statuses, !metadata.OfType<DisableRateLimitingAttribute>().Any(), StatusCodes.Status429TooManyRequests);
        statuses.Add(StatusCodes.Status503ServiceUnavailable);

        operation.Responses ??= [];
        foreach (var status in statuses)
        {
            var key = status.ToString();
            if (operation.Responses.TryGetValue(key, out var existing) && existing.Content?.ContainsKey(ProblemJson) == true)
            {
                continue;
            }
            var type = status == StatusCodes.Status400BadRequest ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
            var response = new OpenApiResponse
            {
                Description = Describe(status),
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ProblemJson] = new() { Schema = await SchemaReferences.ReferenceAsync(type, context, cancellationToken) },
                },
            };
            if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
            {
                response.Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = DocumentedHeaders.RetryAfter() };
            }
            operation.Responses[key] = response;
        }
    }

    private static void AddIf(List<int> statuses, bool condition, int status)
    {
        if (condition)
        {
            statuses.Add(status);
        }
    }

    private static string Describe(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is malformed or invalid: `errors` names each field and what is wrong with it.",
        StatusCodes.Status401Unauthorized => "No API key, or an unknown or revoked one.",
        StatusCodes.Status403Forbidden => "The key's role or scope (school, company, regions and sectors) does not cover this.",
        StatusCodes.Status404NotFound => "The resource in the path does not exist.",
        StatusCodes.Status409Conflict => "The request conflicts with the current state: a duplicate, a resource in the wrong state, a concurrent change, or a request with the same Idempotency-Key still running.",
        StatusCodes.Status412PreconditionFailed => "If-Match does not name the current version (a weak ETag never does): read the resource again.",
        StatusCodes.Status413PayloadTooLarge => "The request body is over the size limit.",
        StatusCodes.Status415UnsupportedMediaType => "The request body is not application/json.",
        StatusCodes.Status422UnprocessableEntity => "The Idempotency-Key was used before for a different request.",
        StatusCodes.Status428PreconditionRequired => "If-Match is required: send the ETag you read.",
        StatusCodes.Status429TooManyRequests => "This key has used its request budget: retry after Retry-After seconds.",
        StatusCodes.Status503ServiceUnavailable => "The database is unreachable or the request took too long: retry after Retry-After seconds.",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };
}
