using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Companies;
using Matching.Api.Errors;
using Matching.Api.Http;
using Matching.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Offers;

internal static class OffersEndpoints
{
    public static RouteGroupBuilder MapOffers(this IEndpointRouteBuilder routes)
    {
        // Every role reads offers; only companies (for their own) write them.
        var group = routes.MapGroup("/offers").WithTags("Offers").RequireAuthorization();
        group.MapPost("/", CreateOffer).WithName(nameof(CreateOffer)).RequireAuthorization(Policies.Company)
            .WithSummary("Post an internship or learning job");
        group.MapGet("/", ListOffers).WithName(nameof(ListOffers)).WithSummary("List offers (every role)");
        group.MapGet("/{id:guid}", GetOffer).WithName(nameof(GetOffer)).WithSummary("Read an offer, with its free places");
        group.MapPut("/{id:guid}", UpdateOffer).WithName(nameof(UpdateOffer)).RequireAuthorization(Policies.Company)
            .WithSummary("Replace an offer").WithDescription("Send the ETag you read in If-Match; a stale version gets 412. Places cannot drop below the accepted placements (409).")
            .WithMetadata(new IfMatchHeader(Required: true));
        group.MapPost("/{id:guid}/close", CloseOffer).WithName(nameof(CloseOffer)).RequireAuthorization(Policies.Company)
            .WithSummary("Close an offer").WithDescription("Closed offers are no longer matched. If-Match is optional.")
            .WithMetadata(new IfMatchHeader(Required: false));
        return group;
    }

    private static async Task<Results<Created<Offer>, ValidationProblem, ProblemHttpResult>> CreateOffer(
        OfferRequest request, ClaimsPrincipal user, OfferRepository offers, CompanyRepository companies, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var errors = new ValidationErrors();
        errors.AddIf(caller.IsAdmin && request.CompanyId is null, "companyId", "An admin key must name the company.");
        errors.AddIf(!caller.IsAdmin && request.CompanyId is not null, "companyId", "A company key posts only for its own company; leave companyId out.");
        if (!errors.IsValid)
        {
            return Problems.Validation(errors.ToDictionary());
        }
        var company = caller.IsAdmin
            ? await companies.FindAsync(request.CompanyId!.Value, cancellationToken)
            : await companies.FindByKvkAsync(caller.Kvk!, cancellationToken);
        if (company is null)
        {
            return caller.IsAdmin
                ? Problems.Validation("companyId", $"Company {request.CompanyId} does not exist.")
                : Problems.Conflict("Register your company (POST /v1/companies) before posting offers.");
        }
        var offer = await offers.InsertAsync(company.Id, request.Pc4 ?? company.Pc4, request, cancellationToken);
        ETags.Set(response, offer.Version);
        return TypedResults.Created($"/v1/offers/{offer.Id}", offer);
    }

    private static async Task<Ok<Page<Offer>>> ListOffers([AsParameters] OfferListQuery query, OfferRepository offers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await offers.ListAsync(query, cancellationToken));

    private static async Task<Results<Ok<Offer>, ProblemHttpResult>> GetOffer(Guid id, OfferRepository offers, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await offers.FindAsync(id, cancellationToken) is not { } offer)
        {
            return Problems.NotFound($"Offer {id}");
        }
        ETags.Set(response, offer.Version);
        return TypedResults.Ok(offer);
    }

    private static async Task<Results<Ok<Offer>, ValidationProblem, ProblemHttpResult>> UpdateOffer(
        Guid id, OfferRequest request, ClaimsPrincipal user, OfferRepository offers, HttpRequest httpRequest, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var existing = await offers.FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return Problems.NotFound($"Offer {id}");
        }
        if (!Caller.From(user).MayActForCompany(existing.CompanyKvk))
        {
            return Problems.Forbidden("This offer belongs to another company.");
        }
        if (ETags.IfMatchVersion(httpRequest, existing.Version) is not { } version)
        {
            return Problems.PreconditionRequired();
        }
        if (request.CompanyId is not null && request.CompanyId != existing.CompanyId)
        {
            return Problems.Validation("companyId", "An offer cannot move to another company.");
        }
        var (outcome, updated) = await offers.UpdateAsync(id, version, request.Pc4 ?? existing.Pc4, request, cancellationToken);
        return Answer(outcome, updated, id, response);
    }

    private static async Task<Results<Ok<Offer>, ValidationProblem, ProblemHttpResult>> CloseOffer(
        Guid id, ClaimsPrincipal user, OfferRepository offers, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var existing = await offers.FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return Problems.NotFound($"Offer {id}");
        }
        if (!Caller.From(user).MayActForCompany(existing.CompanyKvk))
        {
            return Problems.Forbidden("This offer belongs to another company.");
        }
        var (outcome, closed) = await offers.CloseAsync(id, ETags.IfMatchVersion(httpRequest, existing.Version), cancellationToken);
        return Answer(outcome, closed, id, response);
    }

    private static Results<Ok<Offer>, ValidationProblem, ProblemHttpResult> Answer(OfferWriteOutcome outcome, Offer? offer, Guid id, HttpResponse response)
    {
        switch (outcome)
        {
            case OfferWriteOutcome.Done:
                ETags.Set(response, offer!.Version);
                return TypedResults.Ok(offer);
            case OfferWriteOutcome.NotFound:
                return Problems.NotFound($"Offer {id}");
            case OfferWriteOutcome.PlacesBelowBooked:
                return Problems.Conflict("Places cannot drop below the placements already accepted for this offer.");
            default:
                return Problems.PreconditionFailed();
        }
    }
}
