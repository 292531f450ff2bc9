using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Api.Http;
using Matching.Api.Placements;
using Matching.Api.Privacy;
using Matching.Api.Validation;
using Matching.Jobs.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Students;

internal static class StudentsEndpoints
{
    public static RouteGroupBuilder MapStudents(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/students").WithTags("Students").RequireAuthorization(Policies.School);
        group.MapPost("/", CreateStudent).WithName(nameof(CreateStudent)).WithSummary("Register a student");
        group.MapGet("/", ListStudents).WithName(nameof(ListStudents)).WithSummary("List the school's students");
        group.MapGet("/{id:guid}", GetStudent).WithName(nameof(GetStudent)).WithSummary("Read a student");
        group.MapPut("/{id:guid}", UpdateStudent).WithName(nameof(UpdateStudent))
            .WithSummary("Replace a student").WithDescription("Send the ETag you read in If-Match; a stale version gets 412 and changes nothing.")
            .WithMetadata(new IfMatchHeader(Required: true));
        group.MapDelete("/{id:guid}", DeleteStudent).WithName(nameof(DeleteStudent)).WithSummary("Erase a student")
            .WithDescription("""
                Erases the student: the record, its audit log and its proposals go, from the database and (through the change
                sequence) from every node's index and from future reports. Accepted and active placements stay without the
                student, so the place stays taken; stored shortfall snapshots are aggregates and stay. If-Match is optional.
                """)
            .WithMetadata(new IfMatchHeader(Required: false));
        group.MapGet("/{id:guid}/export", ExportStudent).WithName(nameof(ExportStudent))
            .WithSummary("Everything stored on a student, as JSON")
            .WithDescription("The student, all its placements and every time a company key was shown it.");
        group.MapGet("/{id:guid}/audit", ListStudentViews).WithName(nameof(ListStudentViews))
            .WithSummary("Which company keys were shown the student, oldest first")
            .WithDescription("One entry per time a company key saw the student: in a candidate list of one of its offers, or in a placement.");
        group.MapPost("/bulk", UpsertStudents).WithName(nameof(UpsertStudents))
            .WithSummary("Insert or update up to 10,000 students by external reference")
            .WithDescription("Each row is validated on its own: valid rows are stored, invalid rows are reported with their errors.")
            .WithMetadata(new BodySizeLimit(32L << 20), new Idempotency.IdempotentRequest())
            .WithRequestTimeout(TimeSpan.FromMinutes(2))
            .DisableValidation();
        return group;
    }

    private static async Task<Results<Created<Student>, ValidationProblem, ProblemHttpResult>> CreateStudent(
        StudentRequest request, ClaimsPrincipal user, StudentRepository students, HttpResponse response, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        if (ResolveSchool(caller, request.SchoolBrin) is not { } brin)
        {
            return caller.IsAdmin ? Problems.Validation("schoolBrin", "An admin key must name the school.") : Problems.Forbidden("A school key writes only its own students.");
        }
        var student = await students.InsertAsync(brin, request, cancellationToken);
        ETags.Set(response, student.Version);
        return TypedResults.Created($"/v1/students/{student.Id}", student);
    }

    private static async Task<Ok<Page<Student>>> ListStudents(
        [AsParameters] StudentListQuery query, ClaimsPrincipal user, StudentRepository students, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        return TypedResults.Ok(await students.ListAsync(caller.IsAdmin ? null : caller.Brin, query, cancellationToken));
    }

    private static async Task<Results<Ok<Student>, ProblemHttpResult>> GetStudent(
        Guid id, ClaimsPrincipal user, StudentRepository students, HttpResponse response, CancellationToken cancellationToken)
    {
        var lookup = await StudentLookup.ForCallerAsync(students, id, user, cancellationToken);
        if (lookup.Failed)
        {
            return lookup.Problem;
        }
        ETags.Set(response, lookup.Student.Version);
        return TypedResults.Ok(lookup.Student);
    }

    private static async Task<Results<Ok<Student>, ValidationProblem, ProblemHttpResult>> UpdateStudent(
        Guid id, StudentRequest request, ClaimsPrincipal user, StudentRepository students, HttpRequest httpRequest, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var lookup = await StudentLookup.ForCallerAsync(students, id, user, cancellationToken);
        if (lookup.Failed)
        {
            return lookup.Problem;
        }
        var existing = lookup.Student;
        if (ETags.IfMatchVersion(httpRequest, existing.Version) is not { } version)
        {
            return Problems.PreconditionRequired();
        }
        if (request.SchoolBrin is not null && request.SchoolBrin != existing.SchoolBrin)
        {
            return Problems.Validation("schoolBrin", "A student cannot move to another school.");
        }
        if (await students.UpdateAsync(id, version, request, cancellationToken) is not { } updated)
        {
            return Problems.PreconditionFailed();
        }
        ETags.Set(response, updated.Version);
        return TypedResults.Ok(updated);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteStudent(
        Guid id, ClaimsPrincipal user, StudentRepository students, StudentErasure erasure, HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        var lookup = await StudentLookup.ForCallerAsync(students, id, user, cancellationToken);
        if (lookup.Failed)
        {
            return lookup.Problem;
        }
        return await erasure.EraseAsync(id, ETags.IfMatchVersion(httpRequest, lookup.Student.Version), cancellationToken) ? TypedResults.NoContent() : Problems.PreconditionFailed();
    }

    private static async Task<Results<Ok<StudentExport>, ProblemHttpResult>> ExportStudent(
        Guid id, ClaimsPrincipal user, StudentRepository students, PlacementRepository placements, StudentViewLog views,
        Alerts.AlertSubscriptionRepository alerts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var lookup = await StudentLookup.ForCallerAsync(students, id, user, cancellationToken);
        if (lookup.Failed)
        {
            return lookup.Problem;
        }
        return TypedResults.Ok(new StudentExport(clock.GetUtcNow(), lookup.Student, await placements.OfStudentAsync(id, cancellationToken),
            await views.AllAsync(id, cancellationToken), await alerts.OfStudentAsync(id, cancellationToken)));
    }

    private static async Task<Results<Ok<Page<StudentView>>, ProblemHttpResult>> ListStudentViews(
        Guid id, [AsParameters] StudentViewListQuery query, ClaimsPrincipal user, StudentRepository students, StudentViewLog views,
        CancellationToken cancellationToken)
    {
        var lookup = await StudentLookup.ForCallerAsync(students, id, user, cancellationToken);
        if (lookup.Failed)
        {
            return lookup.Problem;
        }
        return TypedResults.Ok(await views.ListAsync(id, query, cancellationToken));
    }

    private static async Task<Results<Ok<StudentBulkResult>, ValidationProblem, ProblemHttpResult>> UpsertStudents(
        StudentBulkRequest request, ClaimsPrincipal user, StudentRepository students, HttpContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var envelope = ValidateShape(request);
        if (!envelope.IsValid)
        {
            return Problems.Validation(envelope.ToDictionary());
        }
        if (ResolveSchool(caller, request.SchoolBrin) is not { } brin)
        {
            return caller.IsAdmin ? Problems.Validation("schoolBrin", "An admin key must name the school.") : Problems.Forbidden("A school key writes only its own students.");
        }
        var rowErrors = new IDictionary<string, string[]>?[request.Students.Count];
        var valid = new List<StudentRequest>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Students.Count; i++)
        {
            var errors = ValidateRow(request.Students[i], context.RequestServices);
            if (request.Students[i] is { } row && errors.IsValid && !seen.Add(row.ExternalRef))
            {
                errors.Add("externalRef", $"External reference '{row.ExternalRef}' appears more than once in this request.");
            }
            if (errors.IsValid)
            {
                valid.Add(request.Students[i]!);
            }
            else
            {
                rowErrors[i] = errors.ToDictionary();
            }
        }
        var stored = await students.UpsertManyAsync(brin, valid, cancellationToken);
        var results = new List<StudentBulkRowResult>(request.Students.Count);
        for (var i = 0; i < request.Students.Count; i++)
        {
            var externalRef = request.Students[i]?.ExternalRef;
            results.Add(rowErrors[i] is { } errors
                ? new StudentBulkRowResult(i, externalRef, "failed", null, errors)
                : new StudentBulkRowResult(i, externalRef, stored[externalRef!].Created ? "created" : "updated", stored[externalRef!].Id, null));
        }
        var created = results.Count(r => r.Status == "created");
        var failed = results.Count(r => r.Status == "failed");
        return TypedResults.Ok(new StudentBulkResult(created, results.Count - created - failed, failed, results));
    }

    // The envelope is checked by hand because automatic validation would reject the whole batch for one bad row.
    private static ValidationErrors ValidateShape(StudentBulkRequest request)
    {
        var errors = new ValidationErrors();
        if (request.Students is null)
        {
            errors.Add("students", "The students field is required.");
        }
        else if (request.Students.Count > StudentBulkRequest.MaxStudents)
        {
            errors.Add("students", $"At most {StudentBulkRequest.MaxStudents} students per request.");
        }
        foreach (var result in AnnotationErrors(request with { Students = [] }, services: null))
        {
            errors.Add(result.Key, result.Value);
        }
        return errors;
    }

    // A row is checked as a single student is, attributes and then the request's own rules (IValidatableObject).
    private static ValidationErrors ValidateRow(StudentRequest? row, IServiceProvider services)
    {
        var errors = new ValidationErrors();
        if (row is null)
        {
            errors.Add("", "The row is empty.");
            return errors;
        }
        foreach (var (field, message) in AnnotationErrors(row, services))
        {
            errors.Add(field, message);
        }
        errors.AddIf(row.SchoolBrin is not null, "schoolBrin", "Name the school once, on the request, not per row.");
        return errors;
    }

    private static IEnumerable<KeyValuePair<string, string>> AnnotationErrors(object instance, IServiceProvider? services)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance, services, items: null), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                yield return new(FieldNames.Of(member), result.ErrorMessage ?? "The value is not valid.");
            }
        }
    }

    /// <summary>The school a write goes to: a school key's own, or the one an admin names; null when not allowed or not named.</summary>
    private static string? ResolveSchool(Caller caller, string? requested) => caller switch
    {
        { IsAdmin: true } => requested,
        { Role: Roles.School } when requested is null || requested == caller.Brin => caller.Brin,
        _ => null,
    };
}
