using System.Diagnostics;
using Matching.Benchmarks;
using Matching.Engine.Search;

namespace Matching.Bench;

// Adds up the engine's share of building a round's preferences: one RankAll per student or offer, which is one query,
// or two when the first window of 100 was too small. Allocations and CPU time are this thread's: the queries run on it,
// and on a shared machine the thread's CPU time, unlike the wall time, leaves out the time other processes held the
// core. A national round runs for many minutes, so every tenth of the calls is reported on stderr.
internal sealed class EngineQueryMeter(string label, int expected)
{
    private const int FirstWindow = 100;

    private long _ticks;
    private long _allocated;
    private long _cpuNanoseconds;

    public int Calls { get; private set; }

    public int SecondQueries { get; private set; }

    public int AtMaxWindow { get; private set; }

    public long Hits { get; private set; }

    public int MaxHits { get; private set; }

    public double Seconds => (double)_ticks / Stopwatch.Frequency;

    public double ThreadCpuSeconds => _cpuNanoseconds / 1e9;

    public double AllocatedMegabytes => _allocated / 1048576.0;

    public IReadOnlyList<SearchHit> Time(Func<IReadOnlyList<SearchHit>> rankAll)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadCpuClock.Nanoseconds();
        var started = Stopwatch.GetTimestamp();
        var hits = rankAll();
        _ticks += Stopwatch.GetTimestamp() - started;
        _cpuNanoseconds += ThreadCpuClock.Nanoseconds() - cpu;
        _allocated += GC.GetAllocatedBytesForCurrentThread() - allocated;
        Calls++;
        // More hits than the first window means its total was larger, so RankAll asked again.
        SecondQueries += hits.Count > FirstWindow ? 1 : 0;
        AtMaxWindow += hits.Count >= SearchRequest.MaxWindow ? 1 : 0;
        Hits += hits.Count;
        MaxHits = Math.Max(MaxHits, hits.Count);
        if (expected >= 10_000 && Calls % (expected / 10) == 0)
        {
            Console.Error.WriteLine($"    {label}: {Calls:N0} of {expected:N0} ranked, {Seconds:0} s in the engine ({ThreadCpuSeconds:0} s CPU)");
        }
        return hits;
    }
}
