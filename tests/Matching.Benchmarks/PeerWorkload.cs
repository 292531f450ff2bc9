using Lucene.Net.Search;
using Matching.Engine.Search;
using Matching.Tests.LucenePeer;

namespace Matching.Benchmarks;

/// <summary>
/// One shape's queries, prepared for both sides before anything is timed (a request object for the engine, a query
/// object for Lucene.Net), and how many of them the two answer alike.
/// </summary>
internal sealed class PeerWorkload
{
    public PeerWorkload(PeerQuery[] queries, EngineCorpusIndex engine, LuceneCorpusIndex lucene)
    {
        Queries = queries;
        EngineRequests = [.. queries.Select(query => EngineCorpusIndex.Request(query, PeerBenchData.Top))];
        LuceneQueries = [.. queries.Select(LuceneCorpusIndex.ToQuery)];
        var totals = 0L;
        var engineTotals = 0L;
        var differences = new List<string>();
        for (var i = 0; i < queries.Length; i++)
        {
            var expected = lucene.Search(LuceneQueries[i], PeerBenchData.Top);
            var actual = engine.Index.Search(EngineRequests[i]);
            totals += expected.TotalHits;
            engineTotals += actual.TotalHits;
            if (PeerComparison.Difference(queries[i], expected, actual) is { } difference)
            {
                differences.Add(difference);
            }
        }

        MeanTotalHits = totals / (double)queries.Length;
        MeanEngineTotalHits = engineTotals / (double)queries.Length;
        Differences = differences;
    }

    public PeerQuery[] Queries { get; }

    public SearchRequest[] EngineRequests { get; }

    public Query[] LuceneQueries { get; }

    public double MeanTotalHits { get; }

    /// <summary>The engine's mean total: below <see cref="MeanTotalHits"/> where it may give a lower bound.</summary>
    public double MeanEngineTotalHits { get; }

    /// <summary>The queries whose total, top hits or scores differ between the engines, described.</summary>
    public IReadOnlyList<string> Differences { get; }
}
