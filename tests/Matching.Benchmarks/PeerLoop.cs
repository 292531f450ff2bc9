using Matching.Tests.LucenePeer;

namespace Matching.Benchmarks;

/// <summary>
/// The engine's queries of one peer shape run in rounds, each round's thread CPU time a query printed: the quick way to
/// set two checkouts side by side on this noisy machine (run each a few times, in turn), or to give a profiler a steady load.
/// </summary>
internal static class PeerLoop
{
    private const int Rounds = 8;
    private const int RepeatsPerRound = 200;

    private const int PerQueryRuns = 5;
    private const int PerQueryRepeats = 100;
    private const int SlowestListed = 12;

    public static void Run(PeerShape shape, bool perQuery)
    {
        var data = PeerBenchData.Current;
        var requests = data.Workloads[shape].EngineRequests;
        long hits = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var collections = GC.CollectionCount(0);
            var paused = GC.GetTotalPauseDuration();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = ThreadCpuClock.Nanoseconds();
            for (var repeat = 0; repeat < RepeatsPerRound; repeat++)
            {
                foreach (var request in requests)
                {
                    hits += data.Engine.Index.Search(request).TotalHits;
                }
            }

            var queries = RepeatsPerRound * requests.Length;
            var cpu = (ThreadCpuClock.Nanoseconds() - started) / 1e3 / queries;
            Console.WriteLine($"{shape} round {round + 1}: {cpu:0.0} us a query (thread CPU), "
                + $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / queries:0.0} KiB allocated a query, {GC.CollectionCount(0) - collections} gen0 collections "
                + $"pausing {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms");
        }

        Console.WriteLine($"total hits {hits:N0}");
        if (perQuery)
        {
            PrintPerQuery(data, shape);
        }
    }

    // Each query's thread CPU time (the best of PerQueryRuns runs of PerQueryRepeats), the mean of those, and the
    // slowest with their share of the sum, total and terms: where a shape's time goes.
    private static void PrintPerQuery(PeerBenchData data, PeerShape shape)
    {
        var workload = data.Workloads[shape];
        var times = new double[workload.EngineRequests.Length];
        for (var q = 0; q < times.Length; q++)
        {
            times[q] = double.MaxValue;
            for (var run = 0; run < PerQueryRuns; run++)
            {
                var started = ThreadCpuClock.Nanoseconds();
                for (var repeat = 0; repeat < PerQueryRepeats; repeat++)
                {
                    data.Engine.Index.Search(workload.EngineRequests[q]);
                }

                times[q] = Math.Min(times[q], (ThreadCpuClock.Nanoseconds() - started) / 1e3 / PerQueryRepeats);
            }
        }

        var sum = times.Sum();
        Console.WriteLine($"per query (best of {PerQueryRuns} runs of {PerQueryRepeats}): mean {sum / times.Length:0.0} us");
        foreach (var q in Enumerable.Range(0, times.Length).OrderByDescending(q => times[q]).Take(SlowestListed))
        {
            var results = data.Engine.Index.Search(workload.EngineRequests[q]);
            var query = workload.Queries[q];
            Console.WriteLine($"{times[q],8:0.0} us {100 * times[q] / sum,5:0.0}%  query {q}: total {results.TotalHits} "
                + $"({results.TotalHitsRelation}), terms {string.Join(' ', query.Must.Concat(query.Should))}");
        }
    }
}
