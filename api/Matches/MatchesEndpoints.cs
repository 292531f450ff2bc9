using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Api.Students;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Matches;

internal static class MatchesEndpoints
{
    public static void MapMatches(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/students/{id:guid}/matches", GetStudentMatches).WithName(nameof(GetStudentMatches)).WithTags("Matching")
            .RequireAuthorization(Policies.School)
            .WithSummary("Eligible open offers for a student, ranked")
            .WithDescription("""
                Eligible: open, with a free place, accepting the student's crebo from a company accredited for it on this learning
                path at the offer's start, the student's level within the offer's range, the periods overlapping, and within the
                student's maximum distance. Ranked by BM25 relevance of the student's text and qualification against the offer's
                title, requirements and description, times a distance decay and a start-date decay, plus preferred-sector boosts.
                """);
    }

    private static async Task<Results<Ok<MatchPage<MatchResult>>, ProblemHttpResult>> GetStudentMatches(
        Guid id, [AsParameters] MatchQuery query, ClaimsPrincipal user, StudentRepository students, OfferMatcher matcher,
        CancellationToken cancellationToken)
    {
        var student = await students.FindAsync(id, cancellationToken);
        if (student is null)
        {
            return Problems.NotFound($"Student {id}");
        }
        if (!Caller.From(user).MayActForSchool(student.SchoolBrin))
        {
            return Problems.Forbidden("This student belongs to another school.");
        }
        return TypedResults.Ok(await matcher.MatchAsync(student, query, cancellationToken));
    }
}
