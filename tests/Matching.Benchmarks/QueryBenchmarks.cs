using BenchmarkDotNet.Attributes;

namespace Matching.Benchmarks;

/// <summary>The three queries on indexes over the whole dataset, single-threaded; each call takes the next query of the workload.</summary>
[Config(typeof(BenchConfig))]
public class QueryBenchmarks
{
    private QueryWorkload _workload = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchData.Current;
        _workload = new QueryWorkload(data, data.Indexes, LatencyHarness.QueryCount);
    }

    // Offers for a student (the match).
    [Benchmark]
    public int Match() => _workload.Match(Next()).TotalHits;

    // Candidates for an offer.
    [Benchmark]
    public int Candidates() => _workload.Candidates(Next()).TotalHits;

    // Free-text search with facets.
    [Benchmark]
    public int Search() => _workload.Search(Next()).TotalHits;

    private int Next() => _next = (_next + 1) % _workload.Count;
}
