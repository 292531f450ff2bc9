using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Api.Http;
using Matching.Api.Offers;
using Matching.Api.Privacy;
using Matching.Api.Students;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Placements;

internal static class PlacementsEndpoints
{
    public static RouteGroupBuilder MapPlacements(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/placements").WithTags("Placements").RequireAuthorization(Policies.SchoolOrCompany);
        group.MapPost("/", ProposePlacement).WithName(nameof(ProposePlacement)).RequireAuthorization(Policies.School)
            .WithSummary("Propose a student for an offer")
            .WithDescription("409 when the offer is closed, has no free place, or the student is already proposed for it.");
        group.MapGet("/", ListPlacements).WithName(nameof(ListPlacements)).WithSummary("List placements (a school's students', or a company's offers')");
        group.MapGet("/{id:guid}", GetPlacement).WithName(nameof(GetPlacement)).WithSummary("Read a placement");
        group.MapPost("/{id:guid}/accept", AcceptPlacement).WithName(nameof(AcceptPlacement)).RequireAuthorization(Policies.Company)
            .WithSummary("Accept a proposal (company)").WithDescription("Takes a free place; 409 when none is left.");
        group.MapPost("/{id:guid}/decline", DeclinePlacement).WithName(nameof(DeclinePlacement)).RequireAuthorization(Policies.Company)
            .WithSummary("Decline a proposal (company)");
        group.MapPost("/{id:guid}/cancel", CancelPlacement).WithName(nameof(CancelPlacement))
            .WithSummary("Cancel a proposal or accepted placement (school or company)");
        return group;
    }

    private static async Task<Results<Created<Placement>, ValidationProblem, ProblemHttpResult>> ProposePlacement(
        PlacementRequest request, ClaimsPrincipal user, PlacementRepository placements, StudentRepository students, OfferRepository offers,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var student = await students.FindAsync(request.StudentId, cancellationToken);
        if (student is null)
        {
            return Problems.Validation("studentId", $"Student {request.StudentId} does not exist.");
        }
        if (!Caller.From(user).MayActForSchool(student.SchoolBrin))
        {
            return Problems.Forbidden("This student belongs to another school.");
        }
        var offer = await offers.FindAsync(request.OfferId, cancellationToken);
        if (offer is null)
        {
            return Problems.Validation("offerId", $"Offer {request.OfferId} does not exist.");
        }
        var start = request.StartDate ?? Later(offer.StartDate, student.AvailableFrom);
        var end = request.EndDate ?? offer.EndDate;
        if (end < start)
        {
            // Only when the request names both dates are they its own mistake; otherwise the offer's or the student's dates clash.
            return request.StartDate is not null && request.EndDate is not null
                ? Problems.Validation("endDate", "The placement ends before it starts.")
                : Problems.Conflict($"The placement would start on {start:yyyy-MM-dd} and end on {end:yyyy-MM-dd}: the offer ends on "
                    + $"{offer.EndDate:yyyy-MM-dd} and the student is available from {student.AvailableFrom:yyyy-MM-dd}.");
        }
        var (outcome, placement) = await placements.ProposeAsync(student.Id, offer.Id, start, end, cancellationToken);
        if (outcome != PlacementOutcome.Done)
        {
            return Refusal(outcome, request.OfferId);
        }
        ETags.Set(response, placement!.Version);
        return TypedResults.Created($"/v1/placements/{placement.Id}", placement);
    }

    private static async Task<Ok<Page<Placement>>> ListPlacements(
        [AsParameters] PlacementListQuery query, ClaimsPrincipal user, PlacementRepository placements, StudentViewLog views,
        CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var page = await placements.ListAsync(
            caller.Role == Roles.School ? caller.Brin : null, caller.Role == Roles.Company ? caller.Kvk : null, query, cancellationToken);
        await views.RecordAsync(caller, StudentViewLog.Placement, Shown(page.Items), cancellationToken);
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Ok<Placement>, ProblemHttpResult>> GetPlacement(
        Guid id, ClaimsPrincipal user, PlacementRepository placements, StudentViewLog views, HttpResponse response, CancellationToken cancellationToken)
    {
        var placement = await placements.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return Problems.NotFound($"Placement {id}");
        }
        var caller = Caller.From(user);
        if (!MayActForSchool(caller, placement) && !caller.MayActForCompany(placement.CompanyKvk))
        {
            return Problems.Forbidden("This placement is of another school's student and another company's offer.");
        }
        await views.RecordAsync(caller, StudentViewLog.Placement, Shown([placement]), cancellationToken);
        ETags.Set(response, placement.Version);
        return TypedResults.Ok(placement);
    }

    private static Task<Results<Ok<Placement>, ProblemHttpResult>> AcceptPlacement(
        Guid id, ClaimsPrincipal user, PlacementRepository placements, StudentViewLog views, HttpResponse response, CancellationToken cancellationToken) =>
        TransitionAsync(id, PlacementTransition.Accept, user, placements, views, response, bySchool: false, cancellationToken);

    private static Task<Results<Ok<Placement>, ProblemHttpResult>> DeclinePlacement(
        Guid id, ClaimsPrincipal user, PlacementRepository placements, StudentViewLog views, HttpResponse response, CancellationToken cancellationToken) =>
        TransitionAsync(id, PlacementTransition.Decline, user, placements, views, response, bySchool: false, cancellationToken);

    private static Task<Results<Ok<Placement>, ProblemHttpResult>> CancelPlacement(
        Guid id, ClaimsPrincipal user, PlacementRepository placements, StudentViewLog views, HttpResponse response, CancellationToken cancellationToken) =>
        TransitionAsync(id, PlacementTransition.Cancel, user, placements, views, response, bySchool: true, cancellationToken);

    private static async Task<Results<Ok<Placement>, ProblemHttpResult>> TransitionAsync(
        Guid id, PlacementTransition transition, ClaimsPrincipal user, PlacementRepository placements, StudentViewLog views, HttpResponse response,
        bool bySchool, CancellationToken cancellationToken)
    {
        var placement = await placements.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return Problems.NotFound($"Placement {id}");
        }
        var caller = Caller.From(user);
        if (!caller.MayActForCompany(placement.CompanyKvk) && !(bySchool && MayActForSchool(caller, placement)))
        {
            return Problems.Forbidden($"This key may not {transition.Name} this placement.");
        }
        var (outcome, changed) = await placements.TransitionAsync(id, transition, cancellationToken);
        if (outcome == PlacementOutcome.Done)
        {
            await views.RecordAsync(caller, StudentViewLog.Placement, Shown([changed!]), cancellationToken);
            ETags.Set(response, changed!.Version);
        }
        return outcome switch
        {
            PlacementOutcome.Done => TypedResults.Ok(changed!),
            PlacementOutcome.WrongStatus => Problems.Conflict($"A placement that is {changed!.Status} cannot be {transition.Target}."),
            _ => Refusal(outcome, placement.OfferId),
        };
    }

    private static ProblemHttpResult Refusal(PlacementOutcome outcome, Guid offerId) => outcome switch
    {
        PlacementOutcome.NotFound => Problems.NotFound($"Offer {offerId}"),
        PlacementOutcome.OfferNotOpen => Problems.Conflict("The offer is closed."),
        PlacementOutcome.NoFreePlaces => Problems.Conflict("The offer has no free places left."),
        PlacementOutcome.AlreadyProposed => Problems.Conflict("The student is already proposed for or placed at this offer."),
        _ => Problems.Conflict("The placement cannot change in this way."),
    };

    // A placement whose student was erased belongs to no school any more.
    private static bool MayActForSchool(Caller caller, Placement placement) =>
        placement.SchoolBrin is { } brin ? caller.MayActForSchool(brin) : caller.IsAdmin;

    private static List<(Guid StudentId, Guid OfferId)> Shown(IEnumerable<Placement> placements) =>
        [.. placements.Where(p => p.StudentId is not null).Select(p => (p.StudentId!.Value, p.OfferId))];

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
