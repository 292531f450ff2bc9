using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using Quartz;

namespace Matching.Api.Scheduling;

internal static class JobsEndpoints
{
    public static void MapJobs(this IEndpointRouteBuilder routes)
    {
        var jobs = routes.MapGroup("/jobs").WithTags("Jobs").RequireAuthorization(Policies.Coordinator);
        jobs.MapGet("/", ListJobs).WithName(nameof(ListJobs)).WithSummary("Each job's last run, outcome, duration and next fire time");
        jobs.MapPost("/{name}/run", RunJob).WithName(nameof(RunJob))
            .WithSummary("Run a job now").WithDescription("A coordinator may run the shortfall job; an admin any job. The run is queued in the cluster: 202.");
    }

    private static async Task<Ok<List<JobStatus>>> ListJobs(ISchedulerFactory schedulers, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var statuses = new List<JobStatus>();
        foreach (var (key, description, _) in JobCatalog.Jobs)
        {
            var triggers = await scheduler.GetTriggersOfJob(key, cancellationToken);
            var next = triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min();
            await using var command = dataSource.CreateCommand("""
                SELECT started_at, finished_at, coalesce(outcome, 'running'), error FROM job_runs WHERE job_name = $1 ORDER BY started_at DESC LIMIT 1
                """);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.Name });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                var started = reader.GetFieldValue<DateTimeOffset>(0);
                DateTimeOffset? finished = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1);
                statuses.Add(new JobStatus(key.Name, description, started, finished, reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    finished is { } end ? (long)(end - started).TotalMilliseconds : null, next));
            }
            else
            {
                statuses.Add(new JobStatus(key.Name, description, null, null, null, null, null, next));
            }
        }
        return TypedResults.Ok(statuses);
    }

    private static async Task<Results<Accepted<JobTriggered>, ProblemHttpResult>> RunJob(
        string name, ClaimsPrincipal user, ISchedulerFactory schedulers, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (JobCatalog.Find(name) is not { } job)
        {
            return Problems.NotFound($"Job '{name}'");
        }
        if (!job.Roles.Contains(Caller.From(user).Role))
        {
            return Problems.Forbidden($"This key's role may not run the {name} job.");
        }
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(job.Key, cancellationToken);
        return TypedResults.Accepted("/v1/jobs", new JobTriggered(name, clock.GetUtcNow()));
    }
}
