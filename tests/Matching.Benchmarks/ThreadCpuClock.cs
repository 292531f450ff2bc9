using System.Runtime.InteropServices;

namespace Matching.Benchmarks;

/// <summary>
/// The CPU time the calling thread has used (Linux CLOCK_THREAD_CPUTIME_ID). On a shared machine a query's
/// wall-clock time includes the time other processes had the core; its CPU time does not.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out _) == 0;

    // Nanoseconds of CPU time of this thread, or 0 where the clock is not available.
    public static long Nanoseconds() =>
        IsAvailable && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
