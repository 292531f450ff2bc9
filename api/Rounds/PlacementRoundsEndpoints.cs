using System.Security.Claims;
using System.Text.RegularExpressions;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Api.Http;
using Matching.Api.Matches;
using Matching.Api.Offers;
using Matching.Api.Privacy;
using Matching.Api.Students;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Rounds;

internal static partial class PlacementRoundsEndpoints
{
    private static readonly string[] Runnable = ["open", "proposed"];

    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(30);

    public static RouteGroupBuilder MapPlacementRounds(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/placement-rounds").WithTags("Placement rounds").RequireAuthorization();
        group.MapPost("/", CreatePlacementRound).WithName(nameof(CreatePlacementRound)).RequireAuthorization(Policies.Coordinator)
            .WithSummary("Create a placement round (coordinator)")
            .WithDescription("""
                Every seeking student in the round's regions and sectors who is available in its start period, and every open
                offer there that starts in the period and has a free place, takes part. Until the deadline schools may rank
                offers for their students and companies candidates for their offers; the engine's scores order the rest.
                """);
        group.MapGet("/", ListPlacementRounds).WithName(nameof(ListPlacementRounds)).WithSummary("List placement rounds, newest first (every role)");
        group.MapGet("/{id:guid}", GetPlacementRound).WithName(nameof(GetPlacementRound)).WithSummary("Read a placement round (every role)");
        // A region at national density takes minutes (BENCHMARKS.md §11), past the default request timeout of 30 s.
        group.MapPost("/{id:guid}/run", RunPlacementRound).WithName(nameof(RunPlacementRound)).RequireAuthorization(Policies.Coordinator)
            .WithRequestTimeout(RunTimeout)
            .WithSummary("Run the round: propose an assignment (coordinator)")
            .WithDescription("""
                Student-proposing deferred acceptance with capacities on the pairs in which each side is eligible for the other:
                the result is stable (no student and offer would both rather have each other than what they got) and the best
                stable result for every student. With fillRemaining, augmenting paths then place the most students the places
                allow, which may leave blocking pairs (counted in the summary). The summary compares it with the greedy
                one-at-a-time baseline on the same input. Running closes rankings, also before the deadline; a proposed round
                may run again (on the data of that moment). 409 when the round is confirmed or discarded. The answer comes when
                the run ends: a second on the Rijnmond demo, minutes for a region at national density; a run may take up to
                30 minutes before it is cut off with 503.
                """);
        group.MapPost("/{id:guid}/confirm", ConfirmPlacementRound).WithName(nameof(ConfirmPlacementRound)).RequireAuthorization(Policies.Coordinator)
            .WithSummary("Confirm the proposal: every proposed line becomes a placement proposal (coordinator)")
            .WithDescription("Idempotent: a second call proposes only lines that have no outcome yet. Each line's outcome is in the assignments. 409 unless the round is proposed or confirmed.");
        group.MapPost("/{id:guid}/discard", DiscardPlacementRound).WithName(nameof(DiscardPlacementRound)).RequireAuthorization(Policies.Coordinator)
            .WithSummary("Discard the round (coordinator)").WithDescription("409 when the round is confirmed or already discarded.");
        group.MapGet("/{id:guid}/assignments", ListRoundAssignments).WithName(nameof(ListRoundAssignments))
            .RequireAuthorization(new AuthorizeAttribute { Roles = $"{Roles.Admin},{Roles.Coordinator},{Roles.School}" })
            .WithSummary("The proposal per student (coordinator: all; school: its own students)");
        group.MapGet("/{id:guid}/offers", ListRoundOffers).WithName(nameof(ListRoundOffers))
            .RequireAuthorization(new AuthorizeAttribute { Roles = $"{Roles.Admin},{Roles.Coordinator},{Roles.Company}" })
            .WithSummary("The proposal per offer, with the proposed students as candidateRefs (coordinator: all; company: its own offers)");
        group.MapPut("/{id:guid}/students/{studentId:guid}/ranking", SetStudentRanking).WithName(nameof(SetStudentRanking))
            .RequireAuthorization(Policies.School)
            .WithSummary("Rank offers for one of the school's students (school)")
            .WithDescription("Replaces the student's ranking. 409 after the deadline or once the round ran.");
        group.MapGet("/{id:guid}/students/{studentId:guid}/ranking", GetStudentRanking).WithName(nameof(GetStudentRanking))
            .RequireAuthorization(Policies.School).WithSummary("Read a student's ranking (school)");
        group.MapPut("/{id:guid}/offers/{offerId:guid}/ranking", SetOfferRanking).WithName(nameof(SetOfferRanking))
            .RequireAuthorization(Policies.Company)
            .WithSummary("Rank candidates for one of the company's offers (company)")
            .WithDescription("Replaces the offer's ranking, by the candidateRefs of GET /v1/offers/{id}/candidates. 409 after the deadline or once the round ran.");
        group.MapGet("/{id:guid}/offers/{offerId:guid}/ranking", GetOfferRanking).WithName(nameof(GetOfferRanking))
            .RequireAuthorization(Policies.Company).WithSummary("Read an offer's ranking (company)");
        return group;
    }

    private static async Task<Results<Created<PlacementRound>, ProblemHttpResult>> CreatePlacementRound(
        PlacementRoundRequest request, ClaimsPrincipal user, PlacementRoundRepository rounds, HttpResponse response, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var sectors = request.Sectors is { Count: > 0 } named ? named : caller.Sectors;
        if (RoundRules.RegionsOutside(caller, request.Regions) is { Count: > 0 } regions)
        {
            return Problems.Forbidden($"The key does not follow region(s) {string.Join(", ", regions)}.");
        }
        if (RoundRules.SectorsOutside(caller, sectors) is { Count: > 0 } outside)
        {
            return Problems.Forbidden($"The key does not follow sector(s) {string.Join(", ", outside)}.");
        }
        var round = await rounds.InsertAsync(Guid.TryParse(caller.KeyId, out var keyId) ? keyId : Guid.Empty, request, sectors, cancellationToken);
        ETags.Set(response, round.Version);
        return TypedResults.Created($"/v1/placement-rounds/{round.Id}", round);
    }

    private static async Task<Ok<Page<PlacementRound>>> ListPlacementRounds(
        [AsParameters] RoundListQuery query, PlacementRoundRepository rounds, CancellationToken cancellationToken) =>
        TypedResults.Ok(await rounds.ListAsync(query, cancellationToken));

    private static async Task<Results<Ok<PlacementRound>, ProblemHttpResult>> GetPlacementRound(
        Guid id, PlacementRoundRepository rounds, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(id, cancellationToken) is not { } round)
        {
            return Problems.NotFound($"Placement round {id}");
        }
        ETags.Set(response, round.Version);
        return TypedResults.Ok(round);
    }

    private static async Task<Results<Ok<PlacementRound>, ProblemHttpResult>> RunPlacementRound(
        Guid id, ClaimsPrincipal user, PlacementRoundRepository rounds, RoundRunner runner, HttpResponse response, CancellationToken cancellationToken)
    {
        var (round, refusal) = await ManagedAsync(id, user, rounds, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        if (!Runnable.Contains(round!.Status) || await runner.RunAsync(round, cancellationToken) is not { } proposed)
        {
            return Problems.Conflict($"The round is {(await rounds.FindAsync(id, cancellationToken))?.Status ?? "gone"}: only an open or proposed round runs.");
        }
        ETags.Set(response, proposed.Version);
        return TypedResults.Ok(proposed);
    }

    private static async Task<Results<Ok<PlacementRound>, ProblemHttpResult>> ConfirmPlacementRound(
        Guid id, ClaimsPrincipal user, PlacementRoundRepository rounds, RoundConfirmation confirmation, HttpResponse response, CancellationToken cancellationToken)
    {
        var (round, refusal) = await ManagedAsync(id, user, rounds, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        if (await confirmation.ConfirmAsync(round!, cancellationToken) is not { } confirmed)
        {
            return Problems.Conflict($"The round is {round!.Status}: only a proposed round is confirmed (run it first).");
        }
        ETags.Set(response, confirmed.Version);
        return TypedResults.Ok(confirmed);
    }

    private static async Task<Results<Ok<PlacementRound>, ProblemHttpResult>> DiscardPlacementRound(
        Guid id, ClaimsPrincipal user, PlacementRoundRepository rounds, HttpResponse response, CancellationToken cancellationToken)
    {
        var (round, refusal) = await ManagedAsync(id, user, rounds, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        if (await rounds.TransitionAsync(id, Runnable, "discarded", cancellationToken) is not { } discarded)
        {
            return Problems.Conflict($"The round is {round!.Status}: a confirmed or discarded round cannot be discarded.");
        }
        ETags.Set(response, discarded.Version);
        return TypedResults.Ok(discarded);
    }

    private static async Task<Results<Ok<Page<RoundAssignment>>, ProblemHttpResult>> ListRoundAssignments(
        Guid id, [AsParameters] RoundAssignmentQuery query, ClaimsPrincipal user, PlacementRoundRepository rounds, RoundProposalRepository proposals,
        CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        if (await rounds.FindAsync(id, cancellationToken) is not { } round)
        {
            return Problems.NotFound($"Placement round {id}");
        }
        if (caller.Role == Roles.Company || (caller.Role == Roles.Coordinator && !RoundRules.MayManage(caller, round)))
        {
            return Problems.Forbidden("Students' lines are for the round's coordinators and for schools (their own students); a company reads GET .../offers.");
        }
        return TypedResults.Ok(await proposals.AssignmentsAsync(id, caller.Role == Roles.School ? caller.Brin : null, query, cancellationToken));
    }

    private static async Task<Results<Ok<Page<RoundOfferResult>>, ProblemHttpResult>> ListRoundOffers(
        Guid id, [AsParameters] RoundOfferQuery query, ClaimsPrincipal user, PlacementRoundRepository rounds, RoundProposalRepository proposals,
        StudentViewLog views, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        if (await rounds.FindAsync(id, cancellationToken) is not { } round)
        {
            return Problems.NotFound($"Placement round {id}");
        }
        if (caller.Role == Roles.School || (caller.Role == Roles.Coordinator && !RoundRules.MayManage(caller, round)))
        {
            return Problems.Forbidden("Offers' lines are for the round's coordinators and for companies (their own offers); a school reads GET .../assignments.");
        }
        var page = await proposals.OffersAsync(id, caller.Role == Roles.Company ? caller.Kvk : null, query, cancellationToken);
        await views.RecordAsync(caller, StudentViewLog.Round, [.. page.Items.SelectMany(o => o.Students.Select(student => (student, o.OfferId)))], cancellationToken);
        return TypedResults.Ok(new Page<RoundOfferResult>(
            [.. page.Items.Select(o => new RoundOfferResult(o.OfferId, o.CompanyKvk, o.Places, [.. o.Students.Select(student => CandidateMatcher.Pseudonym(o.OfferId, student))]))],
            page.Total, page.Limit, page.Offset));
    }

    private static async Task<Results<Ok<StudentRanking>, ValidationProblem, ProblemHttpResult>> SetStudentRanking(
        Guid id, Guid studentId, StudentRankingRequest request, ClaimsPrincipal user, PlacementRoundRepository rounds, StudentRepository students,
        RoundRankingRepository rankings, CancellationToken cancellationToken)
    {
        if (await StudentRefusalAsync(id, studentId, user, rounds, students, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (request.OfferIds.Distinct().Count() != request.OfferIds.Count)
        {
            return Problems.Validation("offerIds", "An offer appears twice.");
        }
        return await rankings.SaveStudentRankingAsync(id, studentId, request.OfferIds, cancellationToken) is { } saved
            ? TypedResults.Ok(saved)
            : Problems.Conflict("The round takes no rankings any more: its deadline passed or it ran.");
    }

    private static async Task<Results<Ok<StudentRanking>, ProblemHttpResult>> GetStudentRanking(
        Guid id, Guid studentId, ClaimsPrincipal user, PlacementRoundRepository rounds, StudentRepository students, RoundRankingRepository rankings,
        CancellationToken cancellationToken)
    {
        if (await StudentRefusalAsync(id, studentId, user, rounds, students, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        return await rankings.FindStudentRankingAsync(id, studentId, cancellationToken) is { } ranking
            ? TypedResults.Ok(ranking)
            : Problems.NotFound($"A ranking for student {studentId} in round {id}");
    }

    private static async Task<Results<Ok<OfferRanking>, ValidationProblem, ProblemHttpResult>> SetOfferRanking(
        Guid id, Guid offerId, OfferRankingRequest request, ClaimsPrincipal user, PlacementRoundRepository rounds, OfferRepository offers,
        RoundRankingRepository rankings, CancellationToken cancellationToken)
    {
        if (await OfferRefusalAsync(id, offerId, user, rounds, offers, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (request.CandidateRefs.FirstOrDefault(r => !CandidateRefFormat().IsMatch(r)) is { } malformed)
        {
            return Problems.Validation("candidateRefs", $"'{Shorten(malformed)}' is no candidateRef: those are 16 lowercase hexadecimal characters.");
        }
        if (request.CandidateRefs.Distinct(StringComparer.Ordinal).Count() != request.CandidateRefs.Count)
        {
            return Problems.Validation("candidateRefs", "A candidate appears twice.");
        }
        return await rankings.SaveOfferRankingAsync(id, offerId, request.CandidateRefs, cancellationToken) is { } saved
            ? TypedResults.Ok(saved)
            : Problems.Conflict("The round takes no rankings any more: its deadline passed or it ran.");
    }

    private static async Task<Results<Ok<OfferRanking>, ProblemHttpResult>> GetOfferRanking(
        Guid id, Guid offerId, ClaimsPrincipal user, PlacementRoundRepository rounds, OfferRepository offers, RoundRankingRepository rankings,
        CancellationToken cancellationToken)
    {
        if (await OfferRefusalAsync(id, offerId, user, rounds, offers, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        return await rankings.FindOfferRankingAsync(id, offerId, cancellationToken) is { } ranking
            ? TypedResults.Ok(ranking)
            : Problems.NotFound($"A ranking for offer {offerId} in round {id}");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    // The round, when it exists and the caller manages it (an admin, or a coordinator following all its regions).
    private static async Task<(PlacementRound? Round, ProblemHttpResult? Refusal)> ManagedAsync(
        Guid id, ClaimsPrincipal user, PlacementRoundRepository rounds, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(id, cancellationToken) is not { } round)
        {
            return (null, Problems.NotFound($"Placement round {id}"));
        }
        return RoundRules.MayManage(Caller.From(user), round)
            ? (round, null)
            : (round, Problems.Forbidden("The round covers regions this key does not follow."));
    }

    private static async Task<ProblemHttpResult?> StudentRefusalAsync(
        Guid id, Guid studentId, ClaimsPrincipal user, PlacementRoundRepository rounds, StudentRepository students, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound($"Placement round {id}");
        }
        if (await students.FindAsync(studentId, cancellationToken) is not { } student)
        {
            return Problems.NotFound($"Student {studentId}");
        }
        return Caller.From(user).MayActForSchool(student.SchoolBrin) ? null : Problems.Forbidden("This student belongs to another school.");
    }

    private static async Task<ProblemHttpResult?> OfferRefusalAsync(
        Guid id, Guid offerId, ClaimsPrincipal user, PlacementRoundRepository rounds, OfferRepository offers, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(id, cancellationToken) is null)
        {
            return Problems.NotFound($"Placement round {id}");
        }
        if (await offers.FindAsync(offerId, cancellationToken) is not { } offer)
        {
            return Problems.NotFound($"Offer {offerId}");
        }
        return Caller.From(user).MayActForCompany(offer.CompanyKvk) ? null : Problems.Forbidden("This offer belongs to another company.");
    }

    [GeneratedRegex(OfferRankingRequest.CandidateRefPattern)]
    private static partial Regex CandidateRefFormat();
}
