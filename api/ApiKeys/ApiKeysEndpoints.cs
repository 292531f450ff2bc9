using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.ApiKeys;

internal static class ApiKeysEndpoints
{
    public static RouteGroupBuilder MapApiKeys(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api-keys").WithTags("API keys").RequireAuthorization(Policies.Admin);
        group.MapPost("/", IssueApiKey).WithName(nameof(IssueApiKey))
            .WithSummary("Issue an API key")
            .WithDescription("Issues a key with one role and its scope. The response holds the key itself: it is shown only this once.");
        group.MapGet("/", ListApiKeys).WithName(nameof(ListApiKeys)).WithSummary("List API keys (never their secrets)");
        group.MapGet("/{id:guid}", GetApiKey).WithName(nameof(GetApiKey)).WithSummary("Read an API key (never its secret)");
        group.MapDelete("/{id:guid}", RevokeApiKey).WithName(nameof(RevokeApiKey))
            .WithSummary("Revoke an API key").WithDescription("The key stops working at once, on every node.");
        return group;
    }

    private static async Task<Created<IssuedApiKey>> IssueApiKey(ApiKeyRequest request, ApiKeyRepository keys, CancellationToken cancellationToken)
    {
        var issued = await keys.IssueAsync(request, cancellationToken);
        return TypedResults.Created($"/v1/api-keys/{issued.ApiKey.Id}", issued);
    }

    private static async Task<Ok<Page<ApiKey>>> ListApiKeys([AsParameters] ApiKeyListQuery query, ApiKeyRepository keys, CancellationToken cancellationToken)
    {
        var (items, total) = await keys.ListAsync(query.Take, query.Skip, cancellationToken);
        return TypedResults.Ok(new Page<ApiKey>(items, total, query.Take, query.Skip));
    }

    private static async Task<Results<Ok<ApiKey>, ProblemHttpResult>> GetApiKey(Guid id, ApiKeyRepository keys, CancellationToken cancellationToken) =>
        await keys.FindAsync(id, cancellationToken) is { } key ? TypedResults.Ok(key) : Problems.NotFound($"API key {id}");

    private static async Task<Results<Ok<ApiKey>, ProblemHttpResult>> RevokeApiKey(
        Guid id, ApiKeyRepository keys, ApiKeyCache cache, CancellationToken cancellationToken)
    {
        if (await keys.RevokeAsync(id, cancellationToken) is not { } revoked)
        {
            return Problems.NotFound($"API key {id}");
        }
        // This node refuses the key from the next request on; the others when they follow the change sequence to it.
        cache.Forget();
        return TypedResults.Ok(revoked);
    }
}
