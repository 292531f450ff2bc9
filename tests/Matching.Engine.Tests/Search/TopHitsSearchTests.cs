using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Search;

public sealed class TopHitsSearchTests
{
    private static readonly GeoPoint Rotterdam = new(51.9225, 4.4792);

    [Fact]
    public void Equal_scores_rank_by_lower_internal_id_which_is_the_order_of_the_last_write()
    {
        var index = new SearchIndex(new IndexSchema(["title"]), Whitespace);
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var id in ids)
        {
            index.Upsert(new IndexDocument(id).WithText("title", "welder"));
        }

        var before = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder")] });
        index.Upsert(new IndexDocument(ids[1]).WithText("title", "welder"));
        var after = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder")] });

        Assert.Equal(ids, before.Hits.Select(hit => hit.Id));
        Assert.Single(before.Hits.Select(hit => hit.Score).Distinct());
        Assert.Equal([ids[0], ids[2], ids[3], ids[4], ids[1]], after.Hits.Select(hit => hit.Id));
    }

    [Fact]
    public void Heap_keeps_the_best_k_whatever_the_insertion_order()
    {
        var index = new SearchIndex(new IndexSchema(["title"]), Whitespace);
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 30)).Select(_ => random.Next(4) == 0 ? "welder" : "filler"));
            index.Upsert(new IndexDocument(Guid.NewGuid()).WithText("title", text));
        }

        var all = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder")], Limit = 300 });
        var top = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder")], Limit = 7 });

        Assert.Equal(all.Hits.Take(7), top.Hits);
        Assert.Equal(all.TotalHits, top.TotalHits);
        Assert.True(all.Hits.Zip(all.Hits.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [Fact]
    public void Pages_are_stable_and_together_equal_the_full_list()
    {
        var index = new SearchIndex(new IndexSchema(["title"]), Whitespace);
        for (var i = 0; i < 25; i++)
        {
            // Five score levels of five tied documents each.
            index.Upsert(new IndexDocument(Guid.NewGuid()).WithText("title", "welder " + string.Join(' ', Enumerable.Repeat("filler", i % 5))));
        }

        var request = new SearchRequest { Clauses = [new TermClause("title", "welder")], Limit = 25 };
        var full = index.Search(request);
        var pages = Enumerable.Range(0, 7).SelectMany(page => index.Search(new SearchRequest
        {
            Clauses = request.Clauses,
            Offset = page * 4,
            Limit = 4,
        }).Hits).ToList();

        Assert.Equal(full.Hits.Select(hit => hit.Id), pages.Select(hit => hit.Id));
        Assert.Equal(25, pages.Select(hit => hit.Id).Distinct().Count());
        Assert.Empty(index.Search(new SearchRequest { Clauses = request.Clauses, Offset = 25, Limit = 4 }).Hits);
    }

    [Fact]
    public void Sort_by_number_ascending_puts_missing_values_last_and_breaks_ties_by_score()
    {
        var (index, ids) = SortCorpus();

        var ascending = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder steel")], Sort = SearchSort.ByNumber("start") });
        var descending = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder steel")], Sort = SearchSort.ByNumber("start", descending: true) });

        // start: a 20, b 10, c 10 (c scores higher: it has both terms), d none.
        Assert.Equal([ids["c"], ids["b"], ids["a"], ids["d"]], ascending.Hits.Select(hit => hit.Id));
        Assert.Equal([ids["a"], ids["c"], ids["b"], ids["d"]], descending.Hits.Select(hit => hit.Id));
    }

    [Fact]
    public void Sort_by_distance_puts_nearest_first_and_missing_locations_last()
    {
        var (index, ids) = SortCorpus();

        var results = index.Search(new SearchRequest { Origin = Rotterdam, Sort = SearchSort.ByDistance });

        // a in Rotterdam, b in Delft, c in Utrecht, d without a location.
        Assert.Equal([ids["a"], ids["b"], ids["c"], ids["d"]], results.Hits.Select(hit => hit.Id));
        Assert.Equal(0, results.Hits[0].DistanceKm!.Value, 6);
        Assert.InRange(results.Hits[1].DistanceKm!.Value, 10, 15);
        Assert.Null(results.Hits[3].DistanceKm);
    }

    [Fact]
    public void Sort_by_distance_without_an_origin_is_rejected()
    {
        var (index, _) = SortCorpus();

        Assert.Throws<ArgumentException>(() => index.Search(new SearchRequest { Sort = SearchSort.ByDistance }));
    }

    [Fact]
    public void Facets_count_all_matches_not_just_the_page()
    {
        var index = new SearchIndex(new IndexSchema(["title"], ["sector", "region"]), Whitespace);
        string[] sectors = ["Zorg", "Haven", "Zorg", "Bouw", "Zorg", "Haven"];
        for (var i = 0; i < sectors.Length; i++)
        {
            index.Upsert(new IndexDocument(Guid.NewGuid()).WithText("title", i == 5 ? "nurse" : "welder")
                .WithKeywords("sector", sectors[i]).WithKeywords("region", "Rijnmond", i % 2 == 0 ? "Haaglanden" : "Rijnmond"));
        }

        var results = index.Search(new SearchRequest
        {
            Clauses = [new TermClause("title", "welder")],
            Limit = 1,
            Facets = ["sector", "region"],
        });
        var countOnly = index.Search(new SearchRequest { Limit = 0, Facets = ["sector"] });

        Assert.Equal(5, results.TotalHits);
        Assert.Single(results.Hits);
        Assert.Equal(new KeyValuePair<string, int>[] { new("Zorg", 3), new("Bouw", 1), new("Haven", 1) }, results.Facets["sector"]);
        Assert.Equal(5, results.Facets["region"]["Rijnmond"]);
        Assert.Equal(3, results.Facets["region"]["Haaglanden"]);
        Assert.Equal(6, countOnly.TotalHits);
        Assert.Empty(countOnly.Hits);
        Assert.Equal(2, countOnly.Facets["sector"]["Haven"]);
    }

    [Fact]
    public void Facets_follow_deletes_and_updates()
    {
        var index = new SearchIndex(new IndexSchema(["title"], ["sector"]), Whitespace);
        var id = Guid.NewGuid();
        index.Upsert(new IndexDocument(id).WithText("title", "welder").WithKeywords("sector", "Haven"));
        index.Upsert(new IndexDocument(Guid.NewGuid()).WithText("title", "welder").WithKeywords("sector", "Haven"));

        index.Upsert(new IndexDocument(id).WithText("title", "welder").WithKeywords("sector", "Zorg"));
        var results = index.Search(new SearchRequest { Facets = ["sector"] });

        Assert.Equal(1, results.Facets["sector"]["Haven"]);
        Assert.Equal(1, results.Facets["sector"]["Zorg"]);
    }

    private static (SearchIndex Index, Dictionary<string, Guid> Ids) SortCorpus()
    {
        var index = new SearchIndex(new IndexSchema(["title"], [], ["start"], hasLocation: true), Whitespace);
        var ids = new[] { "a", "b", "c", "d" }.ToDictionary(name => name, _ => Guid.NewGuid());
        index.Upsert(new IndexDocument(ids["a"]).WithText("title", "welder").WithNumber("start", 20).WithLocation(Rotterdam));
        index.Upsert(new IndexDocument(ids["b"]).WithText("title", "welder").WithNumber("start", 10).WithLocation(52.0116, 4.3571));
        index.Upsert(new IndexDocument(ids["c"]).WithText("title", "welder steel").WithNumber("start", 10).WithLocation(52.0907, 5.1214));
        index.Upsert(new IndexDocument(ids["d"]).WithText("title", "welder"));
        return (index, ids);
    }
}
