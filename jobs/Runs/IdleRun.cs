namespace Matching.Jobs.Runs;

/// <summary>
/// The result a job sets (IJobExecutionContext.Result) when it found nothing to do: JobRunListener then leaves no row
/// in job_runs, so that a frequent poll, such as the delivery job's, does not bury the runs that did something.
/// </summary>
public sealed class IdleRun
{
    public static readonly IdleRun Instance = new();

    private IdleRun()
    {
    }
}
