using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Companies;

internal static class CompaniesEndpoints
{
    public static RouteGroupBuilder MapCompanies(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/companies").WithTags("Companies").RequireAuthorization(Policies.Company);
        group.MapPost("/", CreateCompany).WithName(nameof(CreateCompany)).WithSummary("Register a learning company (leerbedrijf)");
        group.MapGet("/", ListCompanies).WithName(nameof(ListCompanies)).WithSummary("List companies (a company key sees its own)");
        group.MapGet("/{id:guid}", GetCompany).WithName(nameof(GetCompany)).WithSummary("Read a company");
        group.MapPut("/{id:guid}", UpdateCompany).WithName(nameof(UpdateCompany))
            .WithSummary("Update a company").WithDescription("Send the ETag you read in If-Match; a stale version gets 412.")
            .WithMetadata(new IfMatchHeader(Required: true));
        group.MapPost("/{id:guid}/accreditations", CreateAccreditation).WithName(nameof(CreateAccreditation))
            .WithSummary("Record an accreditation (erkenning) for a crebo and learning path");
        group.MapGet("/{id:guid}/accreditations", ListAccreditations).WithName(nameof(ListAccreditations)).WithSummary("List a company's accreditations");
        group.MapGet("/{id:guid}/accreditations/{accreditationId:guid}", GetAccreditation).WithName(nameof(GetAccreditation))
            .WithSummary("Read an accreditation");
        group.MapDelete("/{id:guid}/accreditations/{accreditationId:guid}", DeleteAccreditation).WithName(nameof(DeleteAccreditation))
            .WithSummary("Remove an accreditation");
        return group;
    }

    private static async Task<Results<Created<Company>, ProblemHttpResult>> CreateCompany(
        CompanyRequest request, ClaimsPrincipal user, CompanyRepository companies, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!Caller.From(user).MayActForCompany(request.Kvk))
        {
            return Problems.Forbidden("A company key registers only the company with its own KvK number.");
        }
        var company = await companies.InsertAsync(request, cancellationToken);
        ETags.Set(response, company.Version);
        return TypedResults.Created($"/v1/companies/{company.Id}", company);
    }

    private static async Task<Ok<Page<Company>>> ListCompanies(
        [AsParameters] CompanyListQuery query, ClaimsPrincipal user, CompanyRepository companies, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        return TypedResults.Ok(await companies.ListAsync(caller.IsAdmin ? null : caller.Kvk, query, cancellationToken));
    }

    private static async Task<Results<Ok<Company>, ProblemHttpResult>> GetCompany(
        Guid id, ClaimsPrincipal user, CompanyRepository companies, HttpResponse response, CancellationToken cancellationToken)
    {
        var (company, problem) = await FindOwnAsync(id, user, companies, cancellationToken);
        if (company is null)
        {
            return problem!;
        }
        ETags.Set(response, company.Version);
        return TypedResults.Ok(company);
    }

    private static async Task<Results<Ok<Company>, ValidationProblem, ProblemHttpResult>> UpdateCompany(
        Guid id, CompanyRequest request, ClaimsPrincipal user, CompanyRepository companies, HttpRequest httpRequest, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var (company, problem) = await FindOwnAsync(id, user, companies, cancellationToken);
        if (company is null)
        {
            return problem!;
        }
        if (ETags.IfMatchVersion(httpRequest, company.Version) is not { } version)
        {
            return Problems.PreconditionRequired();
        }
        if (request.Kvk != company.Kvk)
        {
            return Problems.Validation("kvk", "The KvK number of a registered company cannot change.");
        }
        if (await companies.UpdateAsync(id, version, request, cancellationToken) is not { } updated)
        {
            return Problems.PreconditionFailed();
        }
        ETags.Set(response, updated.Version);
        return TypedResults.Ok(updated);
    }

    private static async Task<Results<Created<Accreditation>, ProblemHttpResult>> CreateAccreditation(
        Guid id, AccreditationRequest request, ClaimsPrincipal user, CompanyRepository companies, CancellationToken cancellationToken)
    {
        var (company, problem) = await FindOwnAsync(id, user, companies, cancellationToken);
        if (company is null)
        {
            return problem!;
        }
        var accreditation = await companies.InsertAccreditationAsync(id, request, cancellationToken);
        return TypedResults.Created($"/v1/companies/{id}/accreditations/{accreditation.Id}", accreditation);
    }

    private static async Task<Results<Ok<Page<Accreditation>>, ProblemHttpResult>> ListAccreditations(
        Guid id, [AsParameters] AccreditationListQuery query, ClaimsPrincipal user, CompanyRepository companies, CancellationToken cancellationToken)
    {
        var (company, problem) = await FindOwnAsync(id, user, companies, cancellationToken);
        return company is null ? problem! : TypedResults.Ok(await companies.ListAccreditationsAsync(id, query, cancellationToken));
    }

    private static async Task<Results<Ok<Accreditation>, ProblemHttpResult>> GetAccreditation(
        Guid id, Guid accreditationId, ClaimsPrincipal user, CompanyRepository companies, CancellationToken cancellationToken)
    {
        var (company, problem) = await FindOwnAsync(id, user, companies, cancellationToken);
        if (company is null)
        {
            return problem!;
        }
        return await companies.FindAccreditationAsync(id, accreditationId, cancellationToken) is { } accreditation
            ? TypedResults.Ok(accreditation)
            : Problems.NotFound($"Accreditation {accreditationId}");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAccreditation(
        Guid id, Guid accreditationId, ClaimsPrincipal user, CompanyRepository companies, CancellationToken cancellationToken)
    {
        var (company, problem) = await FindOwnAsync(id, user, companies, cancellationToken);
        if (company is null)
        {
            return problem!;
        }
        return await companies.DeleteAccreditationAsync(id, accreditationId, cancellationToken)
            ? TypedResults.NoContent()
            : Problems.NotFound($"Accreditation {accreditationId}");
    }

    /// <summary>The company, or the 404/403 to answer when it does not exist or is not the caller's.</summary>
    private static async Task<(Company? Company, ProblemHttpResult? Problem)> FindOwnAsync(
        Guid id, ClaimsPrincipal user, CompanyRepository companies, CancellationToken cancellationToken)
    {
        var company = await companies.FindAsync(id, cancellationToken);
        if (company is null)
        {
            return (null, Problems.NotFound($"Company {id}"));
        }
        return Caller.From(user).MayActForCompany(company.Kvk) ? (company, null) : (null, Problems.Forbidden("This is another company."));
    }
}
