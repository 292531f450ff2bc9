using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Search;

public sealed class BooleanSearchTests
{
    private static readonly Guid WelderSteel = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Welder = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Steel = new("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid Nurse = new("00000000-0000-0000-0000-00000000000d");
    private static readonly Guid WelderNurse = new("00000000-0000-0000-0000-00000000000e");

    [Fact]
    public void Should_only_matches_documents_with_at_least_one_term()
    {
        var index = Corpus();

        var results = Search(index, new TermClause("title", "welder steel"));

        Assert.Equal([WelderSteel, Welder, Steel, WelderNurse], results.Hits.Select(hit => hit.Id).Order());
    }

    [Fact]
    public void Must_requires_every_term_and_should_only_adds_score()
    {
        var index = Corpus();

        var mustOnly = Search(index, new TermClause("title", "welder", Occur: Occur.Must));
        var mustAndShould = Search(index, new TermClause("title", "welder", Occur: Occur.Must), new TermClause("title", "steel"));
        var bothMust = Search(index, new TermClause("title", "welder steel", Occur: Occur.Must));

        Assert.Equal([WelderSteel, Welder, WelderNurse], mustOnly.Hits.Select(hit => hit.Id).Order());
        Assert.Equal(3, mustAndShould.TotalHits);
        Assert.Equal(WelderSteel, mustAndShould.Hits[0].Id);
        Assert.True(mustAndShould.Hits[0].Score > mustOnly.Hits.Single(hit => hit.Id == WelderSteel).Score);
        Assert.Equal([WelderSteel], bothMust.Hits.Select(hit => hit.Id));
    }

    [Fact]
    public void Filter_clause_restricts_without_scoring()
    {
        var index = Corpus();

        var filtered = Search(index, new TermClause("title", "welder", Occur: Occur.Must), new TermClause("title", "nurse", Occur: Occur.Filter));
        var unfiltered = Search(index, new TermClause("title", "welder", Occur: Occur.Must));

        var hit = Assert.Single(filtered.Hits);
        Assert.Equal(WelderNurse, hit.Id);
        Assert.Equal(unfiltered.Hits.Single(other => other.Id == WelderNurse).Score, hit.Score);
    }

    [Fact]
    public void Filter_only_text_matches_with_relevance_one()
    {
        var index = Corpus();

        var results = Search(index, new TermClause("title", "nurse", Occur: Occur.Filter));

        Assert.Equal([Nurse, WelderNurse], results.Hits.Select(hit => hit.Id).Order());
        Assert.All(results.Hits, hit => Assert.Equal(1f, hit.Score));
    }

    [Fact]
    public void Must_not_excludes_and_should_with_filter_clause_may_score_zero()
    {
        var index = Corpus();

        var excluded = Search(index, new TermClause("title", "welder"), new TermClause("title", "steel", Occur: Occur.MustNot));
        var optional = Search(index, new TermClause("title", "nurse", Occur: Occur.Filter), new TermClause("title", "welder"));

        Assert.Equal([Welder, WelderNurse], excluded.Hits.Select(hit => hit.Id).Order());

        // As in Lucene, a required clause sets minimumShouldMatch to 0: the should clause only scores.
        Assert.Equal([WelderNurse, Nurse], optional.Hits.Select(hit => hit.Id));
        Assert.Equal(0f, optional.Hits[1].Score);
    }

    [Fact]
    public void Only_must_not_clauses_match_everything_else()
    {
        var index = Corpus();

        var results = Search(index, new TermClause("title", "welder", Occur: Occur.MustNot));

        Assert.Equal([Steel, Nurse], results.Hits.Select(hit => hit.Id).Order());
        Assert.All(results.Hits, hit => Assert.Equal(1f, hit.Score));
    }

    [Fact]
    public void Minimum_should_match_counts_matching_should_terms()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest
        {
            Clauses = [new TermClause("title", "welder steel nurse")],
            MinimumShouldMatch = 2,
        });
        var impossible = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder")], MinimumShouldMatch = 2 });

        Assert.Equal([WelderSteel, WelderNurse], results.Hits.Select(hit => hit.Id).Order());
        Assert.Equal(0, impossible.TotalHits);
    }

    [Fact]
    public void Explicit_minimum_should_match_of_zero_makes_text_only_rank()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest { Clauses = [new TermClause("title", "nurse")], MinimumShouldMatch = 0 });
        var unknown = index.Search(new SearchRequest { Clauses = [new TermClause("title", "astronaut")], MinimumShouldMatch = 0 });

        // As Lucene with the request's filters as FILTER clauses: every document matches, the text ranks.
        Assert.Equal(5, results.TotalHits);
        Assert.Equal([Nurse, WelderNurse], results.Hits.Take(2).Select(hit => hit.Id).Order());
        Assert.Equal([WelderSteel, Welder, Steel], results.Hits.Skip(2).Select(hit => hit.Id));
        Assert.All(results.Hits.Skip(2), hit => Assert.Equal(0f, hit.Score));
        Assert.Equal(5, unknown.TotalHits);
    }

    [Fact]
    public void Required_unknown_term_matches_nothing()
    {
        var index = Corpus();

        var results = Search(index, new TermClause("title", "welder"), new TermClause("title", "astronaut", Occur: Occur.Must));

        Assert.Equal(0, results.TotalHits);
    }

    [Fact]
    public void Text_that_analyzes_to_nothing_adds_no_clause()
    {
        var index = Corpus();

        var results = Search(index, new TermClause("title", "   "));

        Assert.Equal(5, results.TotalHits);
        Assert.All(results.Hits, hit => Assert.Equal(1f, hit.Score));
    }

    [Fact]
    public void No_clauses_match_all_documents_in_insertion_order()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest());

        Assert.Equal([WelderSteel, Welder, Steel, Nurse, WelderNurse], results.Hits.Select(hit => hit.Id));
    }

    [Fact]
    public void Unknown_field_and_bad_values_are_rejected()
    {
        var index = Corpus();

        Assert.Throws<ArgumentException>(() => Search(index, new TermClause("nope", "welder")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Search(index, new TermClause("title", "welder", -1f)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Search(index, new TermClause("title", "welder", float.NaN)));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(new SearchRequest { Limit = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(new SearchRequest { Offset = 9_995, Limit = 10 }));
        Assert.Throws<ArgumentException>(() => index.Search(new SearchRequest { Facets = ["title"] }));
    }

    [Fact]
    public void A_rejected_request_leaves_nothing_behind_for_the_next_search()
    {
        var index = Corpus();
        var before = Search(index, new TermClause("title", "nurse", Occur: Occur.Must));

        // Its valid clauses are analysed before the bad boost is found; none of them may reach the next search.
        Assert.Throws<ArgumentOutOfRangeException>(() => Search(index,
            new TermClause("title", "welder", Occur: Occur.Must), new TermClause("title", "steel"), new TermClause("title", "welder", float.NaN)));
        var after = Search(index, new TermClause("title", "nurse", Occur: Occur.Must));

        Assert.Equal([Nurse, WelderNurse], after.Hits.Select(hit => hit.Id).Order());
        Assert.Equal(before.Hits.Select(hit => (hit.Id, hit.Score)), after.Hits.Select(hit => (hit.Id, hit.Score)));
    }

    private static SearchResults Search(SearchIndex index, params TermClause[] clauses) =>
        index.Search(new SearchRequest { Clauses = clauses, Limit = 100 });

    private static SearchIndex Corpus()
    {
        var index = new SearchIndex(new IndexSchema(["title"]), Whitespace);
        index.Upsert(new IndexDocument(WelderSteel).WithText("title", "welder steel"));
        index.Upsert(new IndexDocument(Welder).WithText("title", "welder"));
        index.Upsert(new IndexDocument(Steel).WithText("title", "steel"));
        index.Upsert(new IndexDocument(Nurse).WithText("title", "nurse"));
        index.Upsert(new IndexDocument(WelderNurse).WithText("title", "welder nurse"));
        return index;
    }
}
