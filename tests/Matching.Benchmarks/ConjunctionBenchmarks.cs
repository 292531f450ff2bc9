using BenchmarkDotNet.Attributes;
using Matching.Engine.Index;
using Matching.Engine.Search;

namespace Matching.Benchmarks;

/// <summary>
/// Required text with filters on <see cref="ConjunctionCorpus"/> (100,000 generated documents, apart from the service's
/// dataset): each call runs the set's 64 queries, top 10 with exact totals, so the mean is per query. The set-up prints
/// a fingerprint of the answers, which must not change when only the speed should. The short job and the thread's CPU
/// time of the Lucene.Net comparison, as this machine is shared.
/// </summary>
[Config(typeof(PeerConfig))]
public class ConjunctionBenchmarks
{
    private SearchIndex _index = null!;
    private SearchRequest[] _queries = [];

    // Required text with: a crebo and a start range; a region and a start range; should, must-not and filter terms too,
    // and a facet; no keyword filter but a rare required word; two required words about as common.
    public enum QueryShape
    {
        CreboAndStart,
        RegionAndStart,
        BooleanWithFacet,
        RareAndCommonWords,
        EquallyCommonWords,
    }

    [ParamsAllValues]
    public QueryShape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = ConjunctionCorpus.Current;
        _index = corpus.Index;
        _queries = Shape switch
        {
            QueryShape.CreboAndStart => corpus.CreboAndStart(),
            QueryShape.RegionAndStart => corpus.RegionAndStart(),
            QueryShape.BooleanWithFacet => corpus.BooleanWithFacet(),
            QueryShape.RareAndCommonWords => corpus.RareAndCommonWords(),
            _ => corpus.EquallyCommonWords(),
        };

        using var fingerprint = new ResultsFingerprint();
        var totals = 0L;
        foreach (var query in _queries)
        {
            var results = _index.Search(query);
            fingerprint.Add(results);
            totals += results.TotalHits;
        }

        Console.WriteLine($"// {Shape}: {_index.Snapshot().SegmentCount} segments, mean total hits {totals / (double)_queries.Length:0.0}, fingerprint {fingerprint.Value()}");
    }

    [Benchmark(OperationsPerInvoke = ConjunctionCorpus.QueryCount)]
    public int Query()
    {
        var totals = 0;
        foreach (var query in _queries)
        {
            totals += _index.Search(query).TotalHits;
        }

        return totals;
    }
}
