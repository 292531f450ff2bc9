using Matching.Engine.Index;
using Matching.Engine.Search;
using Matching.Engine.Tests.Index;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Search;

/// <summary>
/// <see cref="SearchRequest.TotalHitsThreshold"/>: a search that may give a lower bound for its total skips documents
/// that cannot enter its hits, yet its hits, their order and their scores (to the bit) are those of the exhaustive
/// search; its total is exact up to the threshold and a lower bound, so marked, beyond.
/// </summary>
public sealed class LowerBoundTotalsTests
{
    private static readonly string[] Words = [.. Enumerable.Range(0, 400).Select(i => $"w{i}")];
    private static readonly string[] Sectors = ["zorg", "bouw", "techniek", "horeca", "ict"];

    // Several segments, some with deletes, built once for the class.
    private static readonly Lazy<SearchIndex> Corpus = new(() => Build(new Random(21)));

    [Fact]
    public void Pruned_top_hits_equal_the_exhaustive_ones_for_many_random_disjunctions()
    {
        var index = Corpus.Value;
        var random = new Random(42);
        var lowerBounds = 0;

        for (var query = 0; query < 600; query++)
        {
            var request = RandomDisjunction(random);
            var threshold = new[] { 0, 1, 10, 100, 1_000 }[random.Next(5)];
            var similarity = new[] { Bm25Similarity.Default, new Bm25Similarity(0.4f, 1f), new Bm25Similarity(2f, 0.3f) }[random.Next(3)];
            var searcher = new IndexSearcher(index.Snapshot(), similarity);

            var exact = Exhaustive(index.Snapshot(), similarity).Search(request);
            var pruned = searcher.Search(WithThreshold(request, threshold));

            Assert.Equal(TotalHitsRelation.EqualTo, exact.TotalHitsRelation);
            Assert.Equal(Describe(exact.Hits), Describe(pruned.Hits));
            if (pruned.TotalHitsRelation == TotalHitsRelation.EqualTo)
            {
                Assert.Equal(exact.TotalHits, pruned.TotalHits);
            }
            else
            {
                Assert.InRange(pruned.TotalHits, threshold + 1, exact.TotalHits);
                lowerBounds++;
            }
        }

        // Most queries have more matches than their thresholds: the pruned path must have run, and skipped, often.
        Assert.True(lowerBounds > 200, $"{lowerBounds} lower bounds");
    }

    [Fact]
    public void Totals_up_to_the_threshold_are_exact()
    {
        var index = Corpus.Value;
        var random = new Random(7);

        for (var query = 0; query < 200; query++)
        {
            var request = RandomDisjunction(random);
            var exact = Exhaustive(index.Snapshot()).Search(request);

            var atTotal = index.Search(WithThreshold(request, exact.TotalHits));

            AssertExactly(exact, atTotal);
        }
    }

    [Fact]
    public void Exact_totals_counted_apart_equal_the_exhaustive_scan()
    {
        var index = Corpus.Value;
        var snapshot = index.Snapshot();
        var random = new Random(5);
        var countedApart = 0;

        for (var query = 0; query < 600; query++)
        {
            var request = RandomDisjunction(random);
            request = random.Next(8) == 0 ? Copy(request, offset: 0, limit: 0) : request;
            var similarity = new[] { Bm25Similarity.Default, new Bm25Similarity(0.4f, 1f), new Bm25Similarity(2f, 0.3f) }[random.Next(3)];

            var exact = Exhaustive(snapshot, similarity).Search(request);
            var actual = new IndexSearcher(snapshot, similarity).Search(request);

            AssertExactly(exact, actual);
            countedApart += MaxScoreCollector.Applies(QueryPlan.Create(snapshot, similarity, request), mayCountApart: true) ? 1 : 0;
        }

        // Without filters and with few hits against the postings, most exact searches are counted apart.
        Assert.True(countedApart > 250, $"{countedApart} counted apart");
    }

    [Fact]
    public void A_total_counted_apart_leaves_out_deleted_documents()
    {
        var index = new SearchIndex(new IndexSchema(["body"]), Whitespace);
        var documents = Enumerable.Range(0, 3_000).Select(i => new IndexDocument(Guid.NewGuid()).WithText("body", i % 3 == 0 ? "w0 w1" : "w2")).ToList();
        index.Upsert(documents);
        var request = new SearchRequest { Clauses = [new TermClause("body", "w0 w1")], Limit = 5 };
        var before = index.Search(request);

        index.Delete(documents[0].Id);
        index.Delete(documents[3].Id);
        index.Delete(documents[4].Id);
        var after = index.Search(request);

        Assert.True(MaxScoreCollector.Applies(QueryPlan.Create(index.Snapshot(), Bm25Similarity.Default, request), mayCountApart: true));
        Assert.Equal(1_000, before.TotalHits);
        Assert.Equal(998, after.TotalHits);
        Assert.Equal(TotalHitsRelation.EqualTo, after.TotalHitsRelation);
        Assert.Equal(5, after.Hits.Count);
        Assert.DoesNotContain(after.Hits, hit => hit.Id == documents[0].Id || hit.Id == documents[3].Id);
    }

    [Fact]
    public void A_count_alone_stops_soon_after_the_threshold()
    {
        var index = Corpus.Value;
        var request = new SearchRequest { Clauses = [new TermClause("body", "w0 w1 w2")], Limit = 0 };

        var exact = index.Search(request);
        var bounded = index.Search(WithThreshold(request, 50));

        // Past the threshold the window being counted is finished, and no more.
        Assert.True(exact.TotalHits > 2_000);
        Assert.InRange(bounded.TotalHits, 51, exact.TotalHits / 2);
        Assert.Equal(TotalHitsRelation.GreaterThanOrEqualTo, bounded.TotalHitsRelation);
    }

    [Fact]
    public void Facets_sorts_by_other_keys_and_required_terms_count_every_match()
    {
        var index = Corpus.Value;
        var disjunction = new TermClause("body", "w0 w3 w9");
        SearchRequest[] requests =
        [
            new() { Clauses = [disjunction], Facets = ["sector"], TotalHitsThreshold = 0 },
            new() { Clauses = [disjunction], Sort = SearchSort.ByNumber("hours"), TotalHitsThreshold = 0 },
            new() { Clauses = [disjunction, new TermClause("title", "w1", Occur: Occur.Must)], TotalHitsThreshold = 0 },
            new() { Clauses = [disjunction, new TermClause("title", "w1", Occur: Occur.MustNot)], TotalHitsThreshold = 0 },
            new() { Clauses = [disjunction], MinimumShouldMatch = 2, TotalHitsThreshold = 0 },
        ];

        foreach (var request in requests)
        {
            var bounded = index.Search(request);
            var exact = index.Search(WithThreshold(request, int.MaxValue));

            AssertExactly(exact, bounded);
        }
    }

    [Fact]
    public void A_snapshot_read_back_rebuilds_the_impacts_and_skips_alike()
    {
        var original = Corpus.Value.Snapshot();
        var stream = SavedSnapshots.Of(original);
        var random = new Random(11);

        var read = new SearchIndex(original.Schema, Whitespace).ReadSnapshot(new IndexInput(stream));

        for (var query = 0; query < 100; query++)
        {
            var request = WithThreshold(RandomDisjunction(random), 10);
            var expected = new IndexSearcher(original).Search(request);
            var actual = new IndexSearcher(read).Search(request);
            Assert.Equal((expected.TotalHits, expected.TotalHitsRelation), (actual.TotalHits, actual.TotalHitsRelation));
            Assert.Equal(Describe(expected.Hits), Describe(actual.Hits));
        }
    }

    [Fact]
    public void A_negative_threshold_is_refused()
    {
        var index = Corpus.Value;

        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(new SearchRequest { Clauses = [new TermClause("body", "w0")], TotalHitsThreshold = -1 }));
    }

    [Fact]
    public void An_empty_index_and_unknown_terms_give_an_exact_zero()
    {
        var empty = new SearchIndex(new IndexSchema(["body"]), Whitespace);
        var request = new SearchRequest { Clauses = [new TermClause("body", "nothing here")], TotalHitsThreshold = 0 };

        var none = empty.Search(request);
        var unknown = Corpus.Value.Search(request);

        Assert.Equal((0, TotalHitsRelation.EqualTo), (none.TotalHits, none.TotalHitsRelation));
        Assert.Equal((0, TotalHitsRelation.EqualTo), (unknown.TotalHits, unknown.TotalHitsRelation));
        Assert.Empty(unknown.Hits);
    }

    // One to eight should terms over both text fields, drawn log-uniformly by rank (postings of every length), with boosts
    // from 0 up, repeats, and sometimes a base relevance, filters, decays, preferences, penalties and a page further on.
    private static SearchRequest RandomDisjunction(Random random)
    {
        var clauses = Enumerable.Range(0, random.Next(1, 9)).Select(_ => TermClause.Term(random.Next(3) == 0 ? "title" : "body", Word(random),
            boost: random.Next(4) switch { 0 => 0f, 1 => 1f, 2 => (float)random.NextDouble() * 3, _ => 1f })).ToList();
        var filters = new List<SearchFilter>();
        var functions = new List<ScoreFunction>();
        if (random.Next(4) == 0)
        {
            filters.Add(new KeywordFilter("sector", [.. Sectors.Where(_ => random.Next(2) == 0)]));
        }

        if (random.Next(4) == 0)
        {
            var from = random.Next(40);
            filters.Add(new RangeFilter("hours", from, from + random.Next(30)));
        }

        if (random.Next(4) == 0)
        {
            functions.Add(new NumericDecay("hours", random.Next(40), 5, 2, 0.5));
        }

        if (random.Next(4) == 0)
        {
            functions.Add(new PreferenceBoost("sector", Sectors[random.Next(Sectors.Length)], (float)random.NextDouble()));
        }

        if (random.Next(6) == 0)
        {
            functions.Add(new TermPenalty(["body"], Word(random), 0.5f));
        }

        return new SearchRequest
        {
            Clauses = clauses,
            Filters = filters,
            Functions = functions,
            RelevanceBase = random.Next(4) == 0 ? (float)random.NextDouble() * 2 : 0f,
            Offset = random.Next(4) == 0 ? random.Next(30) : 0,
            Limit = random.Next(1, 40),
            Explain = random.Next(20) == 0,
        };
    }

    // A searcher that scores every match, as without counting apart.
    private static IndexSearcher Exhaustive(IndexSnapshot snapshot, Bm25Similarity? similarity = null) =>
        new(snapshot, similarity) { CountsApart = false };

    private static SearchRequest WithThreshold(SearchRequest request, int threshold) => Copy(request, threshold: threshold);

    // The request with another page or threshold, the rest as it was.
    private static SearchRequest Copy(SearchRequest request, int? offset = null, int? limit = null, int? threshold = null) => new()
    {
        Clauses = request.Clauses,
        MinimumShouldMatch = request.MinimumShouldMatch,
        Filters = request.Filters,
        RelevanceBase = request.RelevanceBase,
        Functions = request.Functions,
        Sort = request.Sort,
        Origin = request.Origin,
        Offset = offset ?? request.Offset,
        Limit = limit ?? request.Limit,
        Facets = request.Facets,
        Explain = request.Explain,
        TotalHitsThreshold = threshold ?? request.TotalHitsThreshold,
    };

    // The same exact total and the same hits.
    private static void AssertExactly(SearchResults expected, SearchResults actual)
    {
        Assert.Equal(TotalHitsRelation.EqualTo, actual.TotalHitsRelation);
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(Describe(expected.Hits), Describe(actual.Hits));
    }

    // Ids, scores to the bit and explanations, in order.
    private static List<string> Describe(IReadOnlyList<SearchHit> hits) =>
        [.. hits.Select(hit => $"{hit.Id} {BitConverter.SingleToInt32Bits(hit.Score):x8} {hit.Explanation?.Value}")];

    private static string Word(Random random) =>
        Words[(int)Math.Min(Words.Length - 1, Math.Exp(random.NextDouble() * Math.Log(Words.Length * 4)) / 4)];

    // Documents of one to a hundred words, a tenth of them copies of another (equal scores, so ties must break by doc id),
    // written in batches that leave several segments, then deletes and re-upserts that leave tombstones.
    private static SearchIndex Build(Random random)
    {
        var index = new SearchIndex(new IndexSchema(["title", "body"], ["sector"], ["hours"]), Whitespace,
            new SearchIndexOptions { MergeFactor = 4, BackgroundMerges = false, MaxBatchSegmentDocs = 700 });
        var documents = new List<IndexDocument>();
        for (var i = 0; i < 5_000; i++)
        {
            var document = documents.Count > 0 && random.Next(10) == 0
                ? Copy(documents[random.Next(documents.Count)], Guid.NewGuid())
                : new IndexDocument(Guid.NewGuid())
                    .WithText("title", Text(random, random.Next(1, 8)))
                    .WithText("body", Text(random, random.Next(1, 100)))
                    .WithKeywords("sector", Sectors[random.Next(Sectors.Length)])
                    .WithNumber("hours", random.Next(8, 41));
            documents.Add(document);
        }

        foreach (var batch in documents.Chunk(900))
        {
            index.Upsert(batch);
        }

        foreach (var document in documents.OrderBy(_ => random.Next()).Take(600))
        {
            if (random.Next(3) == 0)
            {
                index.Upsert(document);
            }
            else
            {
                index.Delete(document.Id);
            }
        }

        var snapshot = index.Snapshot();
        Assert.True(snapshot.SegmentCount > 2, $"{snapshot.SegmentCount} segments");
        Assert.Contains(snapshot.Segments, view => view.Deleted.Count > 0);
        return index;
    }

    private static IndexDocument Copy(IndexDocument document, Guid id)
    {
        var copy = new IndexDocument(id);
        foreach (var (field, text) in document.Text)
        {
            copy.WithText(field, text);
        }

        foreach (var (field, values) in document.Keywords)
        {
            copy.WithKeywords(field, values);
        }

        foreach (var (field, value) in document.Numbers)
        {
            copy.WithNumber(field, value);
        }

        return copy;
    }

    private static string Text(Random random, int length) => string.Join(' ', Enumerable.Range(0, length).Select(_ => Word(random)));
}
