using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Search;

/// <summary>The two additions for the matching service: a relevance base, and a geo filter with a per-document radius.</summary>
public sealed class RelevanceBaseAndRadiusSearchTests
{
    private static readonly GeoPoint Rotterdam = new(51.9225, 4.4792);
    private static readonly Guid Near = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Far = new("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Forklift = new("00000000-0000-0000-0000-000000000003");

    [Fact]
    public void Without_a_base_hits_matching_no_text_score_zero_whatever_their_distance()
    {
        var index = Corpus();

        var results = index.Search(Request(relevanceBase: 0f));

        Assert.Equal(Forklift, results.Hits[0].Id);
        Assert.All(results.Hits.Skip(1), hit => Assert.Equal(0f, hit.Score));
    }

    [Fact]
    public void With_a_base_hits_matching_no_text_rank_by_distance_after_the_text_match()
    {
        var index = Corpus();

        var results = index.Search(Request(relevanceBase: 1f));

        Assert.Equal([Forklift, Near, Far], results.Hits.Select(h => h.Id));
        Assert.True(results.Hits[1].Score > results.Hits[2].Score);
        Assert.True(results.Hits[2].Score > 0f);
    }

    [Fact]
    public void The_base_is_added_to_bm25_and_the_explanation_says_so_and_sums_to_the_score()
    {
        var index = Corpus();
        var plain = index.Search(Request(relevanceBase: 0f));

        var based = index.Search(Request(relevanceBase: 1f, explain: true));

        var bm25 = index.Search(new SearchRequest { Clauses = [new TermClause("title", "heftruck")] }).Hits.Single().Score;
        var forklift = based.Hits.Single(h => h.Id == Forklift);
        var relevance = forklift.Explanation!.Details[0];
        Assert.Equal(1f + bm25, relevance.Value);
        Assert.Equal(1f, relevance.Details[0].Value);
        Assert.Equal(bm25, relevance.Details[1].Value);
        Assert.Equal(forklift.Score, forklift.Explanation.Value);
        Assert.NotEqual(plain.Hits[0].Score, forklift.Score);
    }

    [Fact]
    public void A_negative_or_infinite_base_is_refused()
    {
        var index = Corpus();

        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(Request(relevanceBase: -1f)));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(Request(relevanceBase: float.PositiveInfinity)));
    }

    [Fact]
    public void A_per_document_radius_keeps_only_documents_within_their_own_radius()
    {
        var index = Corpus();

        // Near is 5 km away with radius 10; Far 40 km with radius 30; Forklift 1 km with radius 50.
        var results = index.Search(new SearchRequest { Filters = [new GeoDistanceFilter(Rotterdam, 300, RadiusField: "radius")], Limit = 10 });
        var capped = index.Search(new SearchRequest { Filters = [new GeoDistanceFilter(Rotterdam, 3, RadiusField: "radius")], Limit = 10 });

        Assert.Equal([Near, Forklift], results.Hits.Select(h => h.Id).Order());
        Assert.Equal([Forklift], capped.Hits.Select(h => h.Id));
    }

    private static SearchRequest Request(float relevanceBase, bool explain = false) => new()
    {
        Clauses = [new TermClause("title", "heftruck")],
        MinimumShouldMatch = 0,
        Functions = [new GeoDistanceDecay(Rotterdam, ScaleKm: 10)],
        Origin = Rotterdam,
        RelevanceBase = relevanceBase,
        Explain = explain,
        Limit = 10,
    };

    private static SearchIndex Corpus()
    {
        var index = new SearchIndex(new IndexSchema(["title"], numericFields: ["radius"], hasLocation: true), Whitespace);
        index.Upsert(new IndexDocument(Near).WithText("title", "kantoor administratie").WithNumber("radius", 10).WithLocation(Offset(5)));
        index.Upsert(new IndexDocument(Far).WithText("title", "kantoor planning").WithNumber("radius", 30).WithLocation(Offset(40)));
        index.Upsert(new IndexDocument(Forklift).WithText("title", "magazijn heftruck").WithNumber("radius", 50).WithLocation(Offset(1)));
        return index;
    }

    // A point about this many km due north of Rotterdam (1 degree of latitude is about 111.2 km).
    private static GeoPoint Offset(double km) => new(Rotterdam.Latitude + km / 111.2, Rotterdam.Longitude);
}
