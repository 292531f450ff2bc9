using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Errors;
using Matching.Jobs.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Scheduling;

internal static class JobsEndpoints
{
    public static RouteGroupBuilder MapJobs(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/jobs").WithTags("Jobs").RequireAuthorization(Policies.Coordinator);
        group.MapGet("/", ListJobs).WithName(nameof(ListJobs)).WithSummary("Each job's last run, outcome, duration and next fire time");
        group.MapPost("/{name}/run", RunJob).WithName(nameof(RunJob))
            .WithSummary("Run a job now").WithDescription("A coordinator may run the shortfall job; an admin any job. The run is queued in the cluster: 202.");
        return group;
    }

    private static Ok<List<JobStatus>> ListJobs(JobScheduler scheduler) =>
        TypedResults.Ok(scheduler.States().Select(state => new JobStatus(
            state.Job.Name, state.Job.Description, state.LastRun?.StartedAt, state.LastRun?.FinishedAt, state.LastRun?.Outcome,
            state.LastRun?.Error, state.LastRun?.DurationMs, state.NextFireTime)).ToList());

    private static Results<Accepted<JobTriggered>, ProblemHttpResult> RunJob(string name, ClaimsPrincipal user, JobScheduler scheduler)
    {
        if (ScheduledJobs.Find(name) is not { } job)
        {
            return Problems.NotFound($"Job '{name}'");
        }
        if (!JobCatalog.MayRun(job, Caller.From(user).Role))
        {
            return Problems.Forbidden($"This key's role may not run the {name} job.");
        }
        if (scheduler.Trigger(job) is not { } queuedAt)
        {
            return Problems.Conflict("The job is not stored yet: this node is still starting. Try again in a moment.");
        }
        return TypedResults.Accepted("/v1/jobs", new JobTriggered(name, queuedAt));
    }
}
