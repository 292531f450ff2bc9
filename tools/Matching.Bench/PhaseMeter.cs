using System.Diagnostics;

namespace Matching.Bench;

// Wall time, the process's CPU time (every thread, the garbage collector's included: on a shared machine the wall time
// also counts the time other processes held the cores) and the bytes allocated, of one phase: {prefix}_{phase}_seconds,
// _cpu_seconds and _allocated_mb. A round's phases run on the calling thread, so its own allocation counter is exact;
// GC.GetTotalAllocatedBytes is not on this runtime: with server GC's dynamic heap count (DATAS) it sums only the heaps
// active at the time, and in a country round it reported less than the queries alone had allocated (dotnet/runtime#131069).
internal sealed class PhaseMeter(ResultsFile results, string prefix)
{
    public double LastSeconds { get; private set; }

    public T Measure<T>(string phase, Func<T> run)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = CpuSeconds();
        var started = Stopwatch.GetTimestamp();
        var value = run();
        LastSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        results.Add($"{prefix}_{phase}_seconds", LastSeconds, "0.000");
        results.Add($"{prefix}_{phase}_cpu_seconds", CpuSeconds() - cpu, "0.000");
        results.Add($"{prefix}_{phase}_allocated_mb", (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0, "0.0");
        return value;
    }

    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }
}
