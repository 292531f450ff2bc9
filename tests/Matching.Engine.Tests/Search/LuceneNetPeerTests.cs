using Lucene.Net.Store;
using Matching.Engine.Search;
using Matching.Tests.LucenePeer;

namespace Matching.Engine.Tests.Search;

/// <summary>
/// Our engine against Lucene.Net 4.8 (with Lucene 9's BM25, <see cref="Lucene9Bm25Similarity"/>) on one generated corpus
/// and many random queries of each shape the benchmark compares: the same total, the same hits in the same order and
/// the same scores to the bit. Both indexes have several segments, cut at different places, so the statistics must
/// be the index's, not a segment's.
/// </summary>
public sealed class LuceneNetPeerTests
{
    private const int Documents = 10_000;
    private const int QueriesPerShape = 150;

    // Built once for all the tests of the class: about a second per side.
    private static readonly Lazy<(PeerCorpus Corpus, EngineCorpusIndex Engine, LuceneCorpusIndex Lucene)> Indexes = new(() =>
    {
        // A tenth of the benchmark's documents and of its keyword values: as many documents per value.
        var corpus = PeerCorpus.Generate(Documents, seed: 15, sectorCount: 30);
        return (corpus, new EngineCorpusIndex(corpus, segmentDocs: 1_500), new LuceneCorpusIndex(corpus, new RAMDirectory(), segmentDocs: 2_300));
    });

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_hit_and_score_equals_lucene_net(PeerShape shape)
    {
        var (corpus, engine, lucene) = Indexes.Value;
        var queries = new PeerQueryGenerator(corpus, seed: 100 + (int)shape).Generate(shape, QueriesPerShape);

        // The corpus has fewer documents than the engine's largest page, so one page holds every hit.
        var differences = queries.Select(query => PeerComparison.Difference(query,
            lucene.Search(LuceneCorpusIndex.ToQuery(query), Documents),
            engine.Index.Search(EngineCorpusIndex.Request(query, SearchRequest.MaxWindow)))).OfType<string>().ToList();

        Assert.True(differences.Count == 0, $"{differences.Count} of {QueriesPerShape} queries differ:\n{string.Join("\n", differences.Take(10))}");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Top_ten_and_exact_total_equal_lucene_net(PeerShape shape)
    {
        var (corpus, engine, lucene) = Indexes.Value;
        var queries = new PeerQueryGenerator(corpus, seed: 200 + (int)shape).Generate(shape, QueriesPerShape);

        // Top 10 is where the engine skips work (bounds on the best score a document can still reach), so it is checked apart.
        var results = queries.Select(query => (Query: query,
            Lucene: lucene.Search(LuceneCorpusIndex.ToQuery(query), 10),
            Engine: engine.Index.Search(EngineCorpusIndex.Request(query, 10)))).ToList();
        var differences = results.Select(result => PeerComparison.Difference(result.Query, result.Lucene, result.Engine)).OfType<string>().ToList();

        Assert.True(differences.Count == 0, $"{differences.Count} of {QueriesPerShape} queries differ:\n{string.Join("\n", differences.Take(10))}");
        // The comparison means something only if many queries have more hits than the page shows (the must terms are
        // often rare, so a quarter is what the required-text shape reaches).
        Assert.True(results.Count(result => result.Lucene.TotalHits > 10) > QueriesPerShape / 4, "Too few queries with more than 10 hits.");
        // Where totals may be lower bounds, many queries have more matches than the threshold, so the engine skipped some.
        Assert.True(shape != PeerShape.PlainBm25LowerBoundTotals
            || results.Count(result => result.Engine.TotalHitsRelation == TotalHitsRelation.GreaterThanOrEqualTo) > QueriesPerShape / 4, "Too few lower bounds.");
    }

    [Fact]
    public void Both_indexes_have_several_segments()
    {
        var (_, engine, lucene) = Indexes.Value;

        Assert.Equal(7, engine.Index.Snapshot().SegmentCount);
        Assert.Equal(5, lucene.SegmentCount);
    }

    public static TheoryData<PeerShape> Shapes() => [.. Enum.GetValues<PeerShape>()];
}
