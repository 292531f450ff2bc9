using Npgsql;
using Quartz;

namespace Matching.Jobs.Runs;

/// <summary>
/// Records every job execution (start, end, outcome, error) in job_runs, for GET /v1/jobs; a run that ends as an
/// <see cref="IdleRun"/> is removed again.
/// </summary>
public sealed class JobRunListener(NpgsqlDataSource dataSource) : IJobListener
{
    public string Name => "job-runs";

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO job_runs (job_name, fire_id, node, started_at, scheduled_at) VALUES ($1, $2, $3, $4, $5)");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = context.JobDetail.Key.Name });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = context.FireInstanceId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = context.Scheduler.SchedulerInstanceId });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = context.FireTimeUtc.ToUniversalTime() });
        // Null for a run on demand; for a scheduled run, the fire time it was for (the cluster fires each one once).
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = context.ScheduledFireTimeUtc?.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (jobException is null && context.Result is IdleRun)
        {
            await using var forget = dataSource.CreateCommand("DELETE FROM job_runs WHERE fire_id = $1");
            forget.Parameters.Add(new NpgsqlParameter<string> { TypedValue = context.FireInstanceId });
            await forget.ExecuteNonQueryAsync(cancellationToken);
            return;
        }
        await using var command = dataSource.CreateCommand("""
            UPDATE job_runs SET finished_at = $2, outcome = $3, error = $4 WHERE fire_id = $1
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = context.FireInstanceId });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = (context.FireTimeUtc + context.JobRunTime).ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = jobException is null ? "succeeded" : "failed" });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)jobException?.InnerException?.Message ?? jobException?.Message ?? (object)DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
