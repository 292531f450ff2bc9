using System.Globalization;
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

    public static void Run(string operation)
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

        for (var round = 1; round <= Rounds; round++)
        {
            var (_, cpu) = LatencyHarness.Measure(query);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{operation} round {round}: mean {cpu.Mean:0.000} ms, p50 {cpu.P50:0.000} ms, p99 {cpu.P99:0.000} ms (thread CPU), fingerprint {cpu.Fingerprint}"));
        }
    }
}
