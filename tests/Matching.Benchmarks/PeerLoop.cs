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

    public static void Run(PeerShape shape)
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
    }
}
