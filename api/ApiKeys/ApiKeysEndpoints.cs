using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Api.Validation;
using Matching.Api.Http;
using Matching.Api.Reference;
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

    private static async Task<Results<Created<IssuedApiKey>, ValidationProblem>> IssueApiKey(
        ApiKeyRequest request, ApiKeyRepository keys, ReferenceDataSet reference, CancellationToken cancellationToken)
    {
        var errors = Validate(request, reference);
        if (!errors.IsValid)
        {
            return Problems.Validation(errors.ToDictionary());
        }
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

    private static async Task<Results<Ok<ApiKey>, ProblemHttpResult>> RevokeApiKey(Guid id, ApiKeyRepository keys, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(id, cancellationToken) is { } revoked ? TypedResults.Ok(revoked) : Problems.NotFound($"API key {id}");

    private static ValidationErrors Validate(ApiKeyRequest request, ReferenceDataSet reference)
    {
        var errors = new ValidationErrors();
        var role = request.Role;
        errors.AddIf(role == Roles.School && request.Brin is null, "brin", "A school key needs the school's BRIN code.");
        errors.AddIf(role != Roles.School && request.Brin is not null, "brin", "Only a school key has a BRIN code.");
        errors.AddIf(role == Roles.Company && request.Kvk is null, "kvk", "A company key needs the company's KvK number.");
        errors.AddIf(role != Roles.Company && request.Kvk is not null, "kvk", "Only a company key has a KvK number.");
        errors.AddIf(TextRules.HasControlCharacters(request.Name) || TextRules.IsBlank(request.Name), "name", "The name must be printable text.");
        errors.AddIf(TextRules.HasControlCharacters(request.SchoolName) || (request.SchoolName is not null && TextRules.IsBlank(request.SchoolName)),
            "schoolName", "The school name must be printable text.");
        var regions = request.Regions ?? [];
        var sectors = request.Sectors ?? [];
        if (role == Roles.Coordinator)
        {
            errors.AddIf(regions.Count == 0 && sectors.Count == 0, "regions", "A coordinator key follows at least one region or sector.");
        }
        else
        {
            errors.AddIf(regions.Count > 0, "regions", "Only a coordinator key has regions.");
            errors.AddIf(sectors.Count > 0, "sectors", "Only a coordinator key has sectors.");
        }
        foreach (var region in regions.Where(r => reference.FindRegion(r) is null))
        {
            errors.Add("regions", $"Unknown labour-market region '{region}'.");
        }
        foreach (var sector in sectors.Where(s => reference.FindSector(s) is null))
        {
            errors.Add("sectors", $"Unknown sector '{sector}'.");
        }
        return errors;
    }
}
