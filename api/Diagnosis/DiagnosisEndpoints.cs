using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Students;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Diagnosis;

internal static class DiagnosisEndpoints
{
    public static void MapMatchDiagnosis(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Matching").RequireAuthorization(Policies.School);
        group.MapGet("/students/{id:guid}/matches/diagnosis", GetStudentMatchDiagnosis).WithName(nameof(GetStudentMatchDiagnosis))
            .WithSummary("Why a student has the matches it has, and what would add more")
            .WithDescription("""
                The eligibility rules of the student's matches in order (crebo accepted, accreditation valid at the offer's start,
                learning path, level, period with the minimum overlap, free place, distance), each with how many open offers it
                rules out: an offer counts for the first rule it fails, and `eligible` is the total of the student's matches.
                Then, per change the student could make, its nearest step that makes more offers eligible and how many: a wider
                distance, availability that ends later, the other learning path, the qualification SBB renumbered the student's to.
                Counted in one pass over this node's offer index, on the qualification the student is matched on. docs/diagnosis.md
                defines every count.
                """);
        group.MapPost("/matches/diagnosis/batch", DiagnoseStudents).WithName(nameof(DiagnoseStudents))
            .WithSummary("Diagnoses of the matches of up to 500 of the school's students in one request")
            .WithDescription("""
                One result per id, in the order sent, as `POST /matches/batch` answers: status ok with the diagnosis a student's
                `GET /students/{id}/matches/diagnosis` gives, not_found, or forbidden for another school's student.
                """);
    }

    private static async Task<Results<Ok<MatchDiagnosis>, ProblemHttpResult>> GetStudentMatchDiagnosis(
        Guid id, ClaimsPrincipal user, StudentCache students, MatchDiagnoser diagnoser, CancellationToken cancellationToken)
    {
        var lookup = await StudentLookup.ForCallerAsync(students, id, user, cancellationToken);
        if (lookup.Failed)
        {
            return lookup.Problem;
        }
        return TypedResults.Ok(diagnoser.Diagnose(lookup.Student));
    }

    private static async Task<Results<Ok<List<BatchDiagnosisResult>>, ProblemHttpResult>> DiagnoseStudents(
        BatchDiagnosisRequest request, ClaimsPrincipal user, StudentRepository students, MatchDiagnoser diagnoser, CancellationToken cancellationToken)
    {
        return TypedResults.Ok(await StudentBatchLookup.AnswerEachAsync(students, request.StudentIds, user,
            (id, status) => new BatchDiagnosisResult(id, status, null),
            student => new BatchDiagnosisResult(student.Id, "ok", diagnoser.Diagnose(student)),
            cancellationToken));
    }
}
