using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Students;

/// <summary>A student read by id for a caller: the student, or the 404 or 403 to answer instead.</summary>
internal readonly record struct StudentLookup(Student? Student, ProblemHttpResult? Problem)
{
    [MemberNotNullWhen(true, nameof(Problem))]
    [MemberNotNullWhen(false, nameof(Student))]
    public bool Failed => Problem is not null;

    /// <summary>Finds the student, if it exists and the caller may act for its school.</summary>
    public static async Task<StudentLookup> ForCallerAsync(StudentRepository students, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ForCaller(await students.FindAsync(id, cancellationToken), id, user);

    /// <summary>Finds the student as <see cref="ForCallerAsync(StudentRepository, Guid, ClaimsPrincipal, CancellationToken)"/>, from this node's memory where it is current.</summary>
    public static async Task<StudentLookup> ForCallerAsync(StudentCache students, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ForCaller(await students.FindAsync(id, cancellationToken), id, user);

    private static StudentLookup ForCaller(Student? student, Guid id, ClaimsPrincipal user)
    {
        if (student is null)
        {
            return new(null, Problems.NotFound($"Student {id}"));
        }
        return Caller.From(user).MayActForSchool(student.SchoolBrin)
            ? new(student, null)
            : new(null, Problems.Forbidden("This student belongs to another school."));
    }
}
