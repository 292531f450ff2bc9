using BenchmarkDotNet.Attributes;
using Matching.Tests.LucenePeer;

namespace Matching.Benchmarks;

/// <summary>
/// Our engine against Lucene.Net 4.8 on the same 100,000 generated documents and the same 100 queries of each shape,
/// top 10 with exact totals. The engine is the baseline, so BenchmarkDotNet's ratio column is Lucene.Net's time over
/// the engine's; <see cref="PeerReport"/> sets it against the targets.
/// </summary>
[Config(typeof(PeerConfig))]
public class PeerBenchmarks
{
    private PeerBenchData _data = null!;
    private PeerWorkload _workload = null!;

    [ParamsAllValues]
    public PeerShape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = PeerBenchData.Current;
        _workload = _data.Workloads[Shape];
    }

    // The times are per query: an operation runs every query of the shape once.
    [Benchmark(Baseline = true, OperationsPerInvoke = PeerBenchData.QueriesPerShape)]
    public long Engine()
    {
        var index = _data.Engine.Index;
        var total = 0L;
        foreach (var request in _workload.EngineRequests)
        {
            total += index.Search(request).TotalHits;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = PeerBenchData.QueriesPerShape)]
    public long LuceneNet()
    {
        var lucene = _data.Lucene;
        var total = 0L;
        foreach (var query in _workload.LuceneQueries)
        {
            total += lucene.Search(query, PeerBenchData.Top).TotalHits;
        }

        return total;
    }
}
