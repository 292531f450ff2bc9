using System.Globalization;
using System.Runtime;
using Matching.Engine.Search;

namespace Matching.Benchmarks;

/// <summary>
/// One operation of the latency harness (match, candidates, search or search-filters) over its 10,000 queries in rounds, each round's
/// thread CPU percentiles printed: the quick way to set two checkouts side by side on the national dataset, where one
/// harness run's percentiles move by tens of percent with the machine, or to give a profiler a steady load.
/// </summary>
internal static class LatencyLoop
{
    private const int Rounds = 6;

    private const int PerQueryRuns = 3;
    private const int SlowestListed = 12;

    private const int TypesListed = 25;

    public static void Run(string operation, bool perQuery, bool allocations = false)
    {
        var data = BenchData.Current;
        var workload = new QueryWorkload(data, data.Indexes, LatencyHarness.QueryCount);
        if (!workload.Operations.TryGetValue(operation, out var query))
        {
            throw new ArgumentException($"Unknown operation '{operation}': {string.Join(", ", workload.Operations.Keys)}.", nameof(operation));
        }

        for (var i = 0; i < LatencyHarness.WarmupQueries; i++)
        {
            query(i);
        }

        using var sampler = allocations ? new AllocationSampler() : null;
        for (var round = 1; round <= Rounds; round++)
        {
            // The first round still compiles and fills caches; what a query allocates is counted from the second on.
            sampler?.Counting = round > 1;
            // What else a round costs: the bytes its queries allocate, the time the collector paused them, and the methods the JIT compiles meanwhile (a
            // method first runs unoptimized, and is compiled again, with what it has seen, once it is hot).
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var compiled = JitInfo.GetCompiledMethodCount();
            var paused = GC.GetTotalPauseDuration();
            var (_, cpu) = LatencyHarness.Measure(query);
            paused = GC.GetTotalPauseDuration() - paused;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            compiled = JitInfo.GetCompiledMethodCount() - compiled;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{operation} round {round}: mean {cpu.Mean:0.000} ms, p50 {cpu.P50:0.000} ms, p99 {cpu.P99:0.000} ms (thread CPU), "
                + $"{allocated / LatencyHarness.QueryCount:N0} bytes allocated and {paused.TotalMilliseconds * 1000 / LatencyHarness.QueryCount:0.0} µs paused by the GC per query, "
                + $"{compiled} methods compiled, fingerprint {cpu.Fingerprint}"));
        }

        sampler?.Print(TypesListed);
        if (perQuery)
        {
            PrintPerQuery(workload, operation, query);
        }
    }

    // Each query's thread CPU time, the best of PerQueryRuns runs (steadier than one round's), their percentiles, and the
    // slowest with their totals and what they asked: where the tail comes from.
    private static void PrintPerQuery(QueryWorkload workload, string operation, Func<int, SearchResults> query)
    {
        var times = new double[LatencyHarness.QueryCount];
        Array.Fill(times, double.MaxValue);
        for (var run = 0; run < PerQueryRuns; run++)
        {
            for (var i = 0; i < times.Length; i++)
            {
                var started = ThreadCpuClock.Nanoseconds();
                query(i);
                times[i] = Math.Min(times[i], (ThreadCpuClock.Nanoseconds() - started) / 1e6);
            }
        }

        var sorted = times.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{operation} per query (best of {PerQueryRuns} runs): mean {sorted.Average():0.000} ms, p50 {sorted[sorted.Length / 2 - 1]:0.000} ms, "
            + $"p90 {sorted[sorted.Length * 9 / 10 - 1]:0.000} ms, p99 {sorted[sorted.Length * 99 / 100 - 1]:0.000} ms"));
        foreach (var i in Enumerable.Range(0, times.Length).OrderByDescending(i => times[i]).Take(SlowestListed))
        {
            var results = query(i);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{times[i],7:0.000} ms  query {i}: total {results.TotalHits}, {workload.Describe(operation, i)}"));
        }
    }
}
