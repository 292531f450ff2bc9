using Quartz;

namespace Matching.Jobs;

/// <summary>
/// A trigger as configuration says it should be: scheduled at start-up (unless the store has it already) and
/// compared with the stored one by TriggerReconciler, which replaces it when the configuration changed.
/// </summary>
public abstract record ConfiguredSchedule(TriggerKey Key, JobKey Job)
{
    public void Configure(ITriggerConfigurator<IJob> trigger) => trigger.ForJob(Job).WithIdentity(Key).WithSchedule(Schedule());

    public ITrigger Build() => TriggerBuilder.Create().WithIdentity(Key).ForJob(Job).WithSchedule(Schedule()).Build();

    /// <summary>Whether a stored trigger already runs on this schedule.</summary>
    public abstract bool Matches(ITrigger stored);

    protected abstract IScheduleBuilder Schedule();
}

/// <summary>
/// A Quartz cron schedule in a time zone. FireAndProceed: when no node was up at a fire time, the job runs once when
/// one comes up, not once per missed fire time.
/// </summary>
public sealed record CronSchedule(TriggerKey Key, JobKey Job, string Cron, TimeZoneInfo TimeZone) : ConfiguredSchedule(Key, Job)
{
    public override bool Matches(ITrigger stored) =>
        stored is ICronTrigger cron && cron.CronExpressionString == Cron && cron.TimeZone.Id == TimeZone.Id;

    protected override IScheduleBuilder Schedule() =>
        CronScheduleBuilder.Create(Cron).InTimeZone(TimeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed);

    public override string ToString() => $"'{Cron}' ({TimeZone.Id})";
}

/// <summary>A fixed interval, measured from the end of the previous run, so that a slow run never piles up fires behind it.</summary>
public sealed record IntervalSchedule(TriggerKey Key, JobKey Job, TimeSpan Interval) : ConfiguredSchedule(Key, Job)
{
    public override bool Matches(ITrigger stored) => stored is ISimpleTrigger simple && simple.RepeatInterval == Interval;

    protected override IScheduleBuilder Schedule() =>
        SimpleScheduleBuilder.Create().WithInterval(Interval).RepeatForever().MeasureIntervalFromCompletion(true)
            .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount);

    public override string ToString() => $"every {Interval.TotalSeconds:0.###} s";
}
