using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Matching.Api.Errors;

/// <summary>
/// Turns the exceptions a request can legitimately end in into ProblemDetails: malformed requests
/// into their 4xx, PostgreSQL constraint violations into 409, and an unreachable database into 503.
/// </summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception, context);
        if (problem is null)
        {
            return false;
        }
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
            logger.LogWarning("Database unavailable: {Message}", exception.Message);
        }
        await context.WriteProblemAsync(problem);
        return true;
    }

    private static ProblemDetails? Describe(Exception exception, HttpContext context) => exception switch
    {
        BadHttpRequestException bad => BadRequestProblems.Describe(bad),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => Conflict("A resource with the same unique key already exists."),
        PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } => Conflict("The request refers to a resource that does not exist or is still in use."),
        PostgresException { SqlState: PostgresErrorCodes.CheckViolation } => new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Bad request",
            Detail = "A value is outside its allowed range.",
        },
        PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } =>
            Conflict("The request conflicted with a concurrent change; try again."),
        _ when IsDatabaseUnavailable(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Service unavailable",
            Detail = "The database is unavailable; try again shortly.",
        },
        OperationCanceledException when context.RequestAborted.IsCancellationRequested => null,
        _ => null,
    };

    private static ProblemDetails Conflict(string detail) =>
        new() { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = detail };

    private static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true } or SocketException or TimeoutException
                || current is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections })
            {
                return true;
            }
        }
        return false;
    }
}
