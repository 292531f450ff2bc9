using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Index;

public sealed class SearchIndexTests
{
    [Fact]
    public void Added_document_is_visible_to_the_next_query_with_its_statistics()
    {
        var index = NewIndex();
        var id = Guid.NewGuid();

        index.Upsert(new IndexDocument(id).WithText("title", "welder steel welder"));

        var snapshot = index.Snapshot();
        Assert.Equal(1, index.Count);
        Assert.Equal(new FieldStatistics(1, 3), snapshot.GetFieldStatistics("title"));
        Assert.Equal(1, snapshot.DocFreq("title", "welder"));
        Assert.Equal(id, Assert.Single(Search(index, "welder").Hits).Id);
    }

    [Fact]
    public void Updated_document_is_found_by_its_new_text_only_and_statistics_follow()
    {
        var index = NewIndex();
        var id = Guid.NewGuid();
        index.Upsert(new IndexDocument(id).WithText("title", "welder steel"));
        index.Upsert(new IndexDocument(Guid.NewGuid()).WithText("title", "welder"));

        index.Upsert(new IndexDocument(id).WithText("title", "nurse care home"));

        var snapshot = index.Snapshot();
        Assert.Equal(2, snapshot.Count);
        Assert.Equal(new FieldStatistics(2, 4), snapshot.GetFieldStatistics("title"));
        Assert.Equal(1, snapshot.DocFreq("title", "welder"));
        Assert.Equal(0, snapshot.DocFreq("title", "steel"));
        Assert.Equal(0, Search(index, "steel").TotalHits);
        Assert.Equal(id, Assert.Single(Search(index, "nurse").Hits).Id);
    }

    [Fact]
    public void Deleted_document_disappears_and_no_longer_counts()
    {
        var index = NewIndex();
        var kept = Guid.NewGuid();
        var deleted = Guid.NewGuid();
        index.Upsert(new IndexDocument(kept).WithText("title", "welder"));
        index.Upsert(new IndexDocument(deleted).WithText("title", "welder steel"));
        var before = Search(index, "welder").Hits.Single(hit => hit.Id == kept).Score;

        var removed = index.Delete(deleted);

        Assert.True(removed);
        Assert.False(index.Delete(deleted));
        Assert.Equal(1, index.Count);
        Assert.Equal(new FieldStatistics(1, 1), index.Snapshot().GetFieldStatistics("title"));
        var hit = Assert.Single(Search(index, "welder").Hits);
        Assert.Equal(kept, hit.Id);

        // Live statistics: the score is now what a one-document index gives, not what it was before.
        var alone = NewIndex();
        alone.Upsert(new IndexDocument(kept).WithText("title", "welder"));
        Assert.Equal(Search(alone, "welder").Hits[0].Score, hit.Score);
        Assert.NotEqual(before, hit.Score);
    }

    // The deleted document's postings stay in its segment until a merge: a term only they hold has no live documents, and
    // a query with it must neither score those postings nor fail on them, even where no other term of its field is live.
    [Fact]
    public void A_term_that_only_deleted_documents_hold_scores_nothing()
    {
        var index = new SearchIndex(new IndexSchema(["title", "body"]), Whitespace);
        var kept = Guid.NewGuid();
        var deleted = Guid.NewGuid();
        using (index.DeferMerges())
        {
            index.Upsert([new IndexDocument(kept).WithText("title", "welder"), new IndexDocument(deleted).WithText("title", "welder").WithText("body", "steel")]);
            index.Delete(deleted);

            var results = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder"), new TermClause("body", "steel")] });

            Assert.Equal(1, index.Snapshot().Segments.Single().Deleted.Count);
            Assert.Equal(kept, Assert.Single(results.Hits).Id);
            Assert.Equal(Search(index, "welder").Hits[0].Score, results.Hits[0].Score);
        }
    }

    [Fact]
    public void A_snapshot_keeps_seeing_the_index_as_it_was()
    {
        var index = NewIndex();
        var first = Guid.NewGuid();
        index.Upsert(new IndexDocument(first).WithText("title", "welder"));
        var old = index.Snapshot();

        index.Upsert(new IndexDocument(Guid.NewGuid()).WithText("title", "welder"));
        index.Delete(first);

        var oldResults = new IndexSearcher(old).Search(new SearchRequest { Clauses = [new TermClause("title", "welder")] });
        Assert.Equal(first, Assert.Single(oldResults.Hits).Id);
        Assert.Equal(1, old.Count);
        Assert.True(index.Snapshot().Generation > old.Generation);
        Assert.Equal(1, Search(index, "welder").TotalHits);
    }

    [Fact]
    public void Batch_upsert_is_one_change_and_the_last_copy_of_an_id_wins()
    {
        var index = NewIndex();
        var id = Guid.NewGuid();
        var generation = index.Snapshot().Generation;

        index.Upsert([
            new IndexDocument(id).WithText("title", "welder"),
            new IndexDocument(Guid.NewGuid()).WithText("title", "nurse"),
            new IndexDocument(id).WithText("title", "steel"),
        ]);

        Assert.Equal(generation + 1, index.Snapshot().Generation);
        Assert.Equal(2, index.Count);
        Assert.Equal(0, Search(index, "welder").TotalHits);
        Assert.Equal(id, Assert.Single(Search(index, "steel").Hits).Id);
    }

    [Fact]
    public void Invalid_document_is_rejected_and_changes_nothing()
    {
        var index = NewIndex();
        index.Upsert(new IndexDocument(Guid.NewGuid()).WithText("title", "welder"));
        var generation = index.Snapshot().Generation;

        Assert.Throws<ArgumentException>(() => index.Upsert([
            new IndexDocument(Guid.NewGuid()).WithText("title", "nurse"),
            new IndexDocument(Guid.NewGuid()).WithText("unknown", "nurse"),
        ]));
        Assert.Throws<ArgumentException>(() => index.Upsert(new IndexDocument(Guid.NewGuid()).WithKeywords("title", "x")));
        Assert.Throws<ArgumentException>(() => index.Upsert(new IndexDocument(Guid.NewGuid()).WithLocation(52, 4)));

        Assert.Equal(generation, index.Snapshot().Generation);
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Schema_rejects_duplicate_and_empty_field_names()
    {
        Assert.Throws<ArgumentException>(() => new IndexSchema(["title", "title"]));
        Assert.Throws<ArgumentException>(() => new IndexSchema(["title"], ["title"]));
        Assert.Throws<ArgumentException>(() => new IndexSchema([" "]));
    }

    [Fact]
    public void Keyword_and_numeric_values_are_replaced_on_update()
    {
        var index = new SearchIndex(new IndexSchema(["title"], ["status"], ["hours"]), Whitespace);
        var id = Guid.NewGuid();
        index.Upsert(new IndexDocument(id).WithText("title", "welder").WithKeywords("status", "open").WithNumber("hours", 32));

        index.Upsert(new IndexDocument(id).WithText("title", "welder").WithKeywords("status", "closed"));

        Assert.Equal(0, index.Search(new SearchRequest { Filters = [new KeywordFilter("status", ["open"])] }).TotalHits);
        Assert.Equal(0, index.Search(new SearchRequest { Filters = [new RangeFilter("hours", 0, null)] }).TotalHits);
        Assert.Equal(1, index.Search(new SearchRequest { Filters = [new KeywordFilter("status", ["closed"])] }).TotalHits);
    }

    [Fact]
    public void A_field_given_twice_holds_both_values()
    {
        var index = new SearchIndex(new IndexSchema(["title", "body"], ["sector", "region"], ["hours"]), Whitespace);
        var id = Guid.NewGuid();
        var joined = Guid.NewGuid();
        var document = new IndexDocument(id)
            .WithText("title", "welder steel")
            .WithKeywords("sector", "Bouw", "Haven")
            .WithText("body", "ship")
            .WithNumber("hours", 40)
            .WithKeywords("region", "RR")
            .WithText("title", "steel pipes")
            .WithKeywords("sector", "Haven", "Bouw", "Zorg")
            .WithNumber("hours", 32);
        index.Upsert(document);
        index.Upsert(new IndexDocument(joined).WithText("title", "welder steel steel pipes").WithText("body", "ship"));

        // The texts of a field are one token stream: the same terms, frequencies and length as the joined text.
        var snapshot = index.Snapshot();
        Assert.Equal(new FieldStatistics(2, 8), snapshot.GetFieldStatistics("title"));
        var hits = Search(index, "steel pipes").Hits;
        Assert.Equal(2, hits.Count);
        Assert.Equal(hits[0].Score, hits[1].Score);

        // The document lists its keyword values call by call, as given.
        Assert.Equal(
            [("sector", "Bouw Haven"), ("region", "RR"), ("sector", "Haven Bouw Zorg")],
            document.Keywords.Select(pair => (pair.Key, string.Join(' ', pair.Value))));

        // Keyword values of both calls count once each; of a number set twice, the later counts.
        var all = index.Search(new SearchRequest { Filters = [new KeywordFilter("region", ["RR"])], Facets = ["sector"] });
        Assert.Equal(new KeyValuePair<string, int>[] { new("Bouw", 1), new("Haven", 1), new("Zorg", 1) }, all.Facets["sector"].OrderBy(facet => facet.Key));
        Assert.Equal(1, index.Search(new SearchRequest { Filters = [new RangeFilter("hours", 32, 32)] }).TotalHits);
        Assert.Equal(0, index.Search(new SearchRequest { Filters = [new RangeFilter("hours", 40, 40)] }).TotalHits);
    }

    private static SearchIndex NewIndex() => new(new IndexSchema(["title"]), Whitespace);

    private static SearchResults Search(SearchIndex index, string text) =>
        index.Search(new SearchRequest { Clauses = [new TermClause("title", text)], Limit = 100 });
}
