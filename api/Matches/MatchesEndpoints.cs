using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Companies;
using Matching.Api.Errors;
using Matching.Api.Privacy;
using Matching.Api.Students;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Matches;

internal static class MatchesEndpoints
{
    public static RouteGroupBuilder MapMatches(this IEndpointRouteBuilder routes)
    {
        // Matching is for schools (offers for their students) and companies (candidates for their offers), each endpoint for one of them.
        var group = routes.MapGroup("/").WithTags("Matching").RequireAuthorization(Policies.SchoolOrCompany);
        group.MapGet("/students/{id:guid}/matches", GetStudentMatches).WithName(nameof(GetStudentMatches))
            .RequireAuthorization(Policies.School)
            .WithSummary("Eligible open offers for a student, ranked")
            .WithDescription("""
                Eligible: open, with a free place, accepting the student's crebo from a company accredited for it on this learning
                path at the offer's start, the student's level within the offer's range, the periods overlapping, and within the
                student's maximum distance. Ranked by 1 + BM25 relevance of the student's text and qualification against the offer's
                title, requirements and description, times a distance decay and a start-date decay, times preferred-sector boosts.
                A student on an expired crebo (not 25000-27999) is matched as its successor where the reference data knows one
                (the one current qualification of the same dossier and level, on the student's learning path); `qualification`
                says which crebo was matched and `notice` why, or why only offers naming the expired crebo can match.
                """);
        group.MapPost("/matches/batch", MatchStudents).WithName(nameof(MatchStudents))
            .RequireAuthorization(Policies.School)
            .WithSummary("Top offers for up to 500 of the school's students in one request");
        group.MapGet("/offers/{id:guid}/candidates", GetOfferCandidates).WithName(nameof(GetOfferCandidates))
            .RequireAuthorization(Policies.Company)
            .WithSummary("Pseudonymous seeking students for one of the company's own offers, ranked")
            .WithDescription("""
                The same eligibility rules as a student's matches, seen from the offer, and within each student's own maximum
                distance. Candidates carry no school reference: only crebo, level, PC4 area, distance, availability and free text,
                in which a company key sees first names and surnames replaced by [naam].
                """);
        return group;
    }

    private static async Task<Results<Ok<List<BatchMatchResult>>, ProblemHttpResult>> MatchStudents(
        BatchMatchRequest request, ClaimsPrincipal user, StudentRepository students, OfferMatcher matcher, CancellationToken cancellationToken)
    {
        var query = new MatchQuery { Limit = request.Limit };
        return TypedResults.Ok(await StudentBatchLookup.AnswerEachAsync(students, request.StudentIds, user,
            (id, status) => new BatchMatchResult(id, status, 0, []), Match, cancellationToken));

        BatchMatchResult Match(Student student)
        {
            var page = matcher.Match(student, query);
            return new BatchMatchResult(student.Id, "ok", page.Total, page.Items, page.Qualification, page.Notice);
        }
    }

    private static async Task<Results<Ok<MatchPage<Candidate>>, ProblemHttpResult>> GetOfferCandidates(
        Guid id, [AsParameters] MatchQuery query, ClaimsPrincipal user, CandidateMatcher matcher, CompanyRepository companies,
        StudentViewLog views, NameMasker names, CancellationToken cancellationToken)
    {
        var offer = await matcher.FindOfferAsync(id, cancellationToken);
        if (offer is null)
        {
            return Problems.NotFound($"Offer {id}");
        }
        var company = await companies.FindAsync(offer.CompanyId, cancellationToken);
        if (company is null || !Caller.From(user).MayActForCompany(company.Kvk))
        {
            return Problems.Forbidden("This offer belongs to another company.");
        }
        if (!offer.Open)
        {
            return Problems.Conflict("The offer is closed: it has no candidates.");
        }
        var caller = Caller.From(user);
        var (page, shown) = await matcher.MatchAsync(offer, query, cancellationToken);
        await views.RecordAsync(caller, StudentViewLog.Candidates, [.. shown.Select(student => (student, offer.Id))], cancellationToken);
        // A name is where bias starts: a company reads the text without the names the student wrote in it.
        return TypedResults.Ok(caller.Role == Roles.Company
            ? page with { Items = [.. page.Items.Select(candidate => candidate with { FreeText = names.Mask(candidate.FreeText) })] }
            : page);
    }

    private static async Task<Results<Ok<StudentMatchPage>, ProblemHttpResult>> GetStudentMatches(
        Guid id, [AsParameters] MatchQuery query, ClaimsPrincipal user, StudentCache students, OfferMatcher matcher,
        CancellationToken cancellationToken)
    {
        var lookup = await StudentLookup.ForCallerAsync(students, id, user, cancellationToken);
        if (lookup.Failed)
        {
            return lookup.Problem;
        }
        var student = lookup.Student;
        return TypedResults.Ok(matcher.Match(student, query));
    }
}
