using BenchmarkDotNet.Attributes;

namespace Matching.Benchmarks;

/// <summary>Building each index from rows in memory, as the service's start-up load does (from the database is bench.sh's).</summary>
[Config(typeof(BuildConfig))]
public class IndexBuildBenchmarks
{
    private BenchData _data = null!;

    [GlobalSetup]
    public void Setup() => _data = BenchData.Current;

    [Benchmark]
    public int BuildOfferIndex()
    {
        var indexes = new Api.Indexing.MatchIndexes(_data.Reference);
        Api.Indexing.MatchIndexLoader.LoadOffersAsync(indexes, _data.OfferRows.ToAsyncEnumerable()).GetAwaiter().GetResult();
        return indexes.Offers.Count;
    }

    [Benchmark]
    public int BuildStudentIndex()
    {
        var indexes = new Api.Indexing.MatchIndexes(_data.Reference);
        Api.Indexing.MatchIndexLoader.LoadStudentsAsync(indexes, _data.StudentRows.ToAsyncEnumerable()).GetAwaiter().GetResult();
        return indexes.Students.Count;
    }
}
