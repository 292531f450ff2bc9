namespace Matching.Bench;

// The matchers read today's date from their clock; a fixed day makes a round on generated data the same on every run.
internal sealed class FixedClock(DateOnly today) : TimeProvider
{
    private readonly DateTimeOffset _now = new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;
}
