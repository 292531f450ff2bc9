using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Index;

/// <summary>
/// Merging must not be visible: whatever the history of writes and merges, every query gives exactly the
/// hits, scores and order of an index built at once from the live documents in the order of their last write. With
/// locations, segments lay their documents out by place, so only documents that tie exactly may come in another order.
/// </summary>
public sealed class SegmentMergeIndexTests
{
    private static readonly string[] Words = [.. Enumerable.Range(0, 40).Select(i => $"w{i}")];

    [Fact]
    public void Scores_after_many_writes_and_merges_equal_those_of_a_fresh_index()
    {
        var index = new SearchIndex(Schema(), Whitespace, new SearchIndexOptions { MergeFactor = 3, BackgroundMerges = false, MaxSegmentCount = 8 });
        var history = new History(new Random(42));

        for (var step = 0; step < 3_000; step++)
        {
            history.Step(index);
        }

        Assert.InRange(index.Snapshot().SegmentCount, 1, 8);
        AssertSameAsFresh(index, history, new Random(1));
        index.ForceMerge();
        Assert.Equal(1, index.Snapshot().SegmentCount);
        AssertSameAsFresh(index, history, new Random(1));
    }

    [Fact]
    public void Deferred_merges_wait_for_the_end_of_the_scope_and_change_no_answer()
    {
        var index = new SearchIndex(Schema(), Whitespace, new SearchIndexOptions { MergeFactor = 3, BackgroundMerges = false, MaxSegmentCount = 8 });
        var history = new History(new Random(11));

        using (index.DeferMerges())
        {
            for (var step = 0; step < 600; step++)
            {
                history.Step(index);
            }

            // Each upsert left its own segment: far more than the policy allows.
            Assert.True(index.Snapshot().SegmentCount > 100, $"{index.Snapshot().SegmentCount} segments");
            AssertSameAsFresh(index, history, new Random(3));
        }

        Assert.InRange(index.Snapshot().SegmentCount, 1, 8);
        AssertSameAsFresh(index, history, new Random(3));
    }

    [Fact]
    public void Merges_with_locations_lay_documents_out_by_place_and_change_no_hit_or_score()
    {
        var index = new SearchIndex(Schema(located: true), Whitespace, new SearchIndexOptions { MergeFactor = 3, BackgroundMerges = false, MaxSegmentCount = 8 });
        var history = new History(new Random(7), located: true);

        for (var step = 0; step < 3_000; step++)
        {
            history.Step(index);
        }

        Assert.InRange(index.Snapshot().SegmentCount, 2, 8);
        AssertLaidOutByPlace(index);
        AssertSameAsFresh(index, history, new Random(4));
        index.ForceMerge();
        Assert.Equal(1, index.Snapshot().SegmentCount);
        AssertLaidOutByPlace(index);
        AssertSameAsFresh(index, history, new Random(4));
    }

    [Fact]
    public void Statistics_are_exact_for_live_documents_only()
    {
        var index = new SearchIndex(Schema(), Whitespace, new SearchIndexOptions { MergeFactor = 4, BackgroundMerges = false });
        var history = new History(new Random(5));

        for (var step = 0; step < 1_000; step++)
        {
            history.Step(index);
        }

        var snapshot = index.Snapshot();
        var titles = history.Live.Values.Select(document => document.Text.Where(text => text.Key == "title").Select(text => Tokens(text.Value)).FirstOrDefault([])).ToList();
        Assert.Equal(history.Live.Count, snapshot.Count);
        Assert.Equal(new FieldStatistics(titles.Count(tokens => tokens.Length > 0), titles.Sum(tokens => tokens.Length)), snapshot.GetFieldStatistics("title"));
        foreach (var word in Words.Take(10))
        {
            Assert.Equal(titles.Count(tokens => tokens.Contains(word)), snapshot.DocFreq("title", word));
        }
    }

    [Fact]
    public async Task Background_merges_keep_every_snapshot_consistent_while_queries_run()
    {
        var index = new SearchIndex(Schema(), Whitespace, new SearchIndexOptions { MergeFactor = 4, SynchronousMergeMaxDocs = 8 });
        var history = new History(new Random(9));
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(reader => Task.Run(() =>
        {
            var random = new Random(reader);
            var checks = 0;
            while (!stop.IsCancellationRequested || checks == 0)
            {
                var snapshot = index.Snapshot();
                var searcher = new IndexSearcher(snapshot);
                var all = searcher.Search(new SearchRequest { Limit = 0, Facets = ["sector"] });
                Assert.Equal(snapshot.Count, all.TotalHits);
                Assert.Equal(snapshot.Count, all.Facets["sector"].Values.Sum());
                var text = searcher.Search(new SearchRequest { Clauses = [new TermClause("title", Words[random.Next(Words.Length)])], Limit = 5 });
                Assert.InRange(text.TotalHits, 0, snapshot.Count);
                checks++;
            }

            return checks;
        })).ToArray();

        for (var step = 0; step < 4_000; step++)
        {
            history.Step(index);
        }

        stop.Cancel();
        var checks = await Task.WhenAll(readers);
        index.WaitForMerges();

        Assert.All(checks, count => Assert.True(count > 0));
        AssertSameAsFresh(index, history, new Random(2));
    }

    private static IndexSchema Schema(bool located = false) => new(["title", "body"], ["sector"], ["hours"], located);

    // Each segment's documents in order along the curve, each place's documents in the order of their last write.
    private static void AssertLaidOutByPlace(SearchIndex index)
    {
        foreach (var view in index.Snapshot().Segments)
        {
            var segment = view.Segment;
            var positions = Enumerable.Range(0, segment.MaxDoc)
                .Select(doc => LocalityOrder.CurvePosition(Matching.Engine.Geo.GeoCell.Of(segment.Latitude(doc), segment.Longitude(doc))))
                .ToArray();
            Assert.Equal(positions.Order(), positions);
        }
    }

    private static void AssertSameAsFresh(SearchIndex index, History history, Random random)
    {
        var located = index.Schema.HasLocation;
        var fresh = new SearchIndex(Schema(located), Whitespace);
        fresh.Upsert(history.Live.Values);
        for (var query = 0; query < 30; query++)
        {
            var request = new SearchRequest
            {
                Clauses =
                [
                    new TermClause("title", string.Join(' ', Enumerable.Range(0, 3).Select(_ => Words[random.Next(Words.Length)]))),
                    new TermClause("body", Words[random.Next(Words.Length)], 0.5f),
                    new TermClause("title", Words[random.Next(Words.Length)], Occur: Occur.MustNot),
                ],
                Limit = 1_000,
                Facets = ["sector"],
            };

            var expected = fresh.Search(request);
            var actual = index.Search(request);

            Assert.Equal(expected.TotalHits, actual.TotalHits);
            if (located)
            {
                // Every hit at its score, in score order; hits of one score in any order.
                Assert.Equal(expected.Hits.Select(hit => hit.Score), actual.Hits.Select(hit => hit.Score));
                Assert.Equal(expected.Hits.Select(hit => (hit.Id, hit.Score)).Order(), actual.Hits.Select(hit => (hit.Id, hit.Score)).Order());
            }
            else
            {
                Assert.Equal(expected.Hits.Select(hit => (hit.Id, hit.Score)), actual.Hits.Select(hit => (hit.Id, hit.Score)));
            }

            Assert.Equal(expected.Facets["sector"], actual.Facets["sector"]);
        }
    }

    private static string[] Tokens(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Random upserts and deletes over a small id space, remembering the live documents in order of last write.</summary>
    private sealed class History(Random random, bool located = false)
    {
        // A few places, so that many documents share a cell; and one document in ten has no location.
        private static readonly (double Latitude, double Longitude)[] Places =
            [(53.2194, 6.5665), (51.9244, 4.4777), (52.3676, 4.9041), (50.8514, 5.6910), (51.9225, 4.4792), (52.0907, 5.1214)];

        private readonly Guid[] _ids = [.. Enumerable.Range(0, 250).Select(_ => Guid.NewGuid())];

        /// <summary>Insertion-ordered: a re-upserted id moves to the end, as its internal id does.</summary>
        public OrderedDictionary<Guid, IndexDocument> Live { get; } = [];

        public void Step(SearchIndex index)
        {
            var id = _ids[random.Next(_ids.Length)];
            if (random.Next(10) < 3)
            {
                Assert.Equal(Live.Remove(id), index.Delete(id));
                return;
            }

            var document = new IndexDocument(id).WithKeywords("sector", $"s{random.Next(5)}").WithNumber("hours", random.Next(40));
            if (random.Next(10) > 0)
            {
                document.WithText("title", Text(random.Next(0, 60)));
            }

            document.WithText("body", Text(random.Next(0, 5)));
            if (located && random.Next(10) > 0)
            {
                var (latitude, longitude) = Places[random.Next(Places.Length)];
                document.WithLocation(latitude, longitude);
            }

            Live.Remove(id);
            Live.Add(id, document);
            index.Upsert(document);
        }

        // Skewed, so some words are frequent and some rare; up to 60 tokens, so lengths above 40 are quantised.
        private string Text(int length) =>
            string.Join(' ', Enumerable.Range(0, length).Select(_ => Words[(int)(Math.Pow(random.NextDouble(), 2) * Words.Length)]));
    }
}
