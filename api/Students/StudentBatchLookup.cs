using System.Security.Claims;
using Matching.Api.Auth;

namespace Matching.Api.Students;

/// <summary>
/// Students read by id for a caller in one query, answered per id in the order sent: <c>not_found</c>, <c>forbidden</c> for
/// another school's student, or the caller's own answer for the student. The batch form of <see cref="StudentLookup"/>.
/// </summary>
internal static class StudentBatchLookup
{
    public const string NotFound = "not_found";
    public const string Forbidden = "forbidden";

    public static async Task<List<T>> AnswerEachAsync<T>(
        StudentRepository students, IReadOnlyList<Guid> ids, ClaimsPrincipal user,
        Func<Guid, string, T> refused, Func<Student, T> answer, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var found = await students.FindManyAsync([.. ids.Distinct()], cancellationToken);
        var results = new List<T>(ids.Count);
        foreach (var id in ids)
        {
            results.Add(!found.TryGetValue(id, out var student) ? refused(id, NotFound)
                : !caller.MayActForSchool(student.SchoolBrin) ? refused(id, Forbidden)
                : answer(student));
        }
        return results;
    }
}
