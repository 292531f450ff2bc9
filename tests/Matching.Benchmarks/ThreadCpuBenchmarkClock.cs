using Perfolizer.Horology;

namespace Matching.Benchmarks;

/// <summary>
/// <see cref="ThreadCpuClock"/> as BenchmarkDotNet's clock: the measured thread's own CPU time in nanoseconds. On a
/// machine whose two cores other work shares, wall-clock iterations mostly measure who else ran meanwhile; a single
/// threaded search's CPU time does not (the garbage collector here runs on the allocating thread, so it counts).
/// </summary>
internal sealed class ThreadCpuBenchmarkClock : IClock
{
    public static ThreadCpuBenchmarkClock Instance { get; } = new();

    public string Title => "thread CPU time (CLOCK_THREAD_CPUTIME_ID)";

    public bool IsAvailable => ThreadCpuClock.IsAvailable;

    public Frequency Frequency => Frequency.GHz;

    public long GetTimestamp() => ThreadCpuClock.Nanoseconds();
}
