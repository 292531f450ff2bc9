using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Search;

/// <summary>
/// Scores against Lucene 9's BM25Similarity, the expected values written out by hand from its formulas
/// in float, step by step: idf in double cast to float, avgdl in double cast to float, the inverse norm
/// 1f / (k1 * ((1 - b) + b * dl / avgdl)), and w - w / (1f + freq * inv).
/// </summary>
public sealed class Bm25ScoringTests
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    private static readonly Guid Welder = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Builder = new("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Nurse = new("00000000-0000-0000-0000-000000000003");
    private static readonly Guid BodyOnly = new("00000000-0000-0000-0000-000000000004");

    [Fact]
    public void Single_term_score_equals_lucene_bm25_by_hand()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest { Clauses = [new TermClause("title", "Welder")] });

        // title: N = 3 (the body-only document has no title and does not count), n = 1, 3 + 2 + 2 = 7 tokens.
        float idf = (float)Math.Log(1 + (3 - 1 + 0.5D) / (1 + 0.5D));
        float avgdl = (float)(7 / (double)3);
        float dl = 3f;
        float normInverse = 1f / (K1 * ((1 - B) + B * dl / avgdl));
        float weight = 1f * idf;
        float expected = weight - weight / (1f + 2f * normInverse);
        var hit = Assert.Single(results.Hits);
        Assert.Equal(Welder, hit.Id);
        Assert.Equal(expected, hit.Score);
        Assert.Equal(1, results.TotalHits);
    }

    [Fact]
    public void Two_terms_sum_in_double_and_round_to_float_once()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder steel")] });

        float avgdl = (float)(7 / (double)3);
        float idfWelder = (float)Math.Log(1 + (3 - 1 + 0.5D) / (1 + 0.5D));
        float idfSteel = (float)Math.Log(1 + (3 - 2 + 0.5D) / (2 + 0.5D));
        float inv3 = 1f / (K1 * ((1 - B) + B * 3f / avgdl));
        float inv2 = 1f / (K1 * ((1 - B) + B * 2f / avgdl));
        float welderInWelder = idfWelder - idfWelder / (1f + 2f * inv3);
        float steelInWelder = idfSteel - idfSteel / (1f + 1f * inv3);
        float steelInBuilder = idfSteel - idfSteel / (1f + 1f * inv2);
        float expectedWelder = (float)((double)welderInWelder + steelInWelder);
        Assert.Equal([Welder, Builder], results.Hits.Select(hit => hit.Id));
        Assert.Equal(expectedWelder, results.Hits[0].Score);
        Assert.Equal(steelInBuilder, results.Hits[1].Score);
    }

    [Fact]
    public void Must_and_should_parts_are_rounded_apart_and_added_in_float_as_lucenes_req_opt_scorer()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest
        {
            Clauses = [new TermClause("title", "welder", Occur: Occur.Must), new TermClause("body", "weld", Occur: Occur.Must), new TermClause("title", "steel")],
        });

        float titleAvgdl = (float)(7 / (double)3);
        float bodyAvgdl = (float)(4 / (double)2);
        float idfWelder = (float)Math.Log(1 + (3 - 1 + 0.5D) / (1 + 0.5D));
        float idfWeld = (float)Math.Log(1 + (2 - 1 + 0.5D) / (1 + 0.5D));
        float idfSteel = (float)Math.Log(1 + (3 - 2 + 0.5D) / (2 + 0.5D));
        float titleInv = 1f / (K1 * ((1 - B) + B * 3f / titleAvgdl));
        float bodyInv = 1f / (K1 * ((1 - B) + B * 2f / bodyAvgdl));
        float welder = idfWelder - idfWelder / (1f + 2f * titleInv);
        float weld = idfWeld - idfWeld / (1f + 1f * bodyInv);
        float steel = idfSteel - idfSteel / (1f + 1f * titleInv);
        float required = (float)((double)welder + weld);
        float optional = steel;
        Assert.Equal(required + optional, Assert.Single(results.Hits).Score);
    }

    [Fact]
    public void Should_term_that_is_also_a_filter_term_scores_as_a_must_term_as_lucene_rewrites_it()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest
        {
            Clauses = [new TermClause("title", "steel", Occur: Occur.Filter), new TermClause("title", "steel welder")],
        });

        float avgdl = (float)(7 / (double)3);
        float idfWelder = (float)Math.Log(1 + (3 - 1 + 0.5D) / (1 + 0.5D));
        float idfSteel = (float)Math.Log(1 + (3 - 2 + 0.5D) / (2 + 0.5D));
        float inv3 = 1f / (K1 * ((1 - B) + B * 3f / avgdl));
        float inv2 = 1f / (K1 * ((1 - B) + B * 2f / avgdl));
        float steelInWelder = idfSteel - idfSteel / (1f + 1f * inv3);
        float welderInWelder = idfWelder - idfWelder / (1f + 2f * inv3);
        Assert.Equal([Welder, Builder], results.Hits.Select(hit => hit.Id));
        Assert.Equal(steelInWelder + welderInWelder, results.Hits[0].Score);
        Assert.Equal(idfSteel - idfSteel / (1f + 1f * inv2), results.Hits[1].Score);
    }

    [Fact]
    public void N_counts_only_documents_that_have_the_field()
    {
        var index = Corpus();
        index.Upsert(new IndexDocument(Guid.NewGuid()).WithText("title", "   ").WithText("body", "steel"));

        var statistics = index.Snapshot().GetFieldStatistics("title");
        var results = index.Search(new SearchRequest { Clauses = [new TermClause("title", "nurse")] });

        // Five documents, but only three have title terms: empty text adds no terms and does not count.
        Assert.Equal(5, index.Count);
        Assert.Equal(new FieldStatistics(3, 7), statistics);
        float idf = (float)Math.Log(1 + (3 - 1 + 0.5D) / (1 + 0.5D));
        float avgdl = (float)(7 / (double)3);
        float normInverse = 1f / (K1 * ((1 - B) + B * 2f / avgdl));
        Assert.Equal(idf - idf / (1f + 1f * normInverse), Assert.Single(results.Hits).Score);
    }

    [Fact]
    public void Length_above_39_is_quantised_as_lucene_norms_are()
    {
        var index = new SearchIndex(new IndexSchema(["title"]), Whitespace);
        var longId = Guid.NewGuid();
        var longerId = Guid.NewGuid();
        index.Upsert(new IndexDocument(longId).WithText("title", "welder " + Repeat("filler", 40)));
        index.Upsert(new IndexDocument(longerId).WithText("title", "welder welder " + Repeat("filler", 98)));
        index.Upsert(new IndexDocument(Guid.NewGuid()).WithText("title", "welder steel"));

        var results = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder")] });

        // 41 tokens are stored as byte 40 and read back as 40; 100 tokens as byte 57, read back as 96.
        Assert.Equal(40, SmallFloat.Byte4ToInt(SmallFloat.IntToByte4(41)));
        Assert.Equal(96, SmallFloat.Byte4ToInt(SmallFloat.IntToByte4(100)));
        float idf = (float)Math.Log(1 + (3 - 3 + 0.5D) / (3 + 0.5D));
        float avgdl = (float)(143 / (double)3);
        float inv41 = 1f / (K1 * ((1 - B) + B * 40f / avgdl));
        float inv100 = 1f / (K1 * ((1 - B) + B * 96f / avgdl));
        var scores = results.Hits.ToDictionary(hit => hit.Id, hit => hit.Score);
        Assert.Equal(idf - idf / (1f + 1f * inv41), scores[longId]);
        Assert.Equal(idf - idf / (1f + 2f * inv100), scores[longerId]);
        float unquantised = 1f / (K1 * ((1 - B) + B * 41f / avgdl));
        Assert.NotEqual(idf - idf / (1f + 1f * unquantised), scores[longId]);
    }

    [Fact]
    public void Field_boost_multiplies_the_weight()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest { Clauses = [new TermClause("title", "nurse", Boost: 2.5f)] });

        float idf = (float)Math.Log(1 + (3 - 1 + 0.5D) / (1 + 0.5D));
        float avgdl = (float)(7 / (double)3);
        float normInverse = 1f / (K1 * ((1 - B) + B * 2f / avgdl));
        float weight = 2.5f * idf;
        Assert.Equal(weight - weight / (1f + 1f * normInverse), Assert.Single(results.Hits).Score);
    }

    [Fact]
    public void Repeated_clauses_merge_with_their_boosts_summed()
    {
        var index = Corpus();

        var repeated = index.Search(new SearchRequest
        {
            Clauses = [TermClause.Term("title", "nurse", 1f), TermClause.Term("title", "nurse", 2f), new TermClause("title", "care", 0.5f)],
        });
        var repeatedInText = index.Search(new SearchRequest { Clauses = [new TermClause("title", "nurse nurse")] });

        float idf = (float)Math.Log(1 + (3 - 1 + 0.5D) / (1 + 0.5D));
        float avgdl = (float)(7 / (double)3);
        float normInverse = 1f / (K1 * ((1 - B) + B * 2f / avgdl));
        float nurseWeight = (float)(1d + 2d) * idf;
        float careWeight = 0.5f * idf;
        float nurse = nurseWeight - nurseWeight / (1f + 1f * normInverse);
        float care = careWeight - careWeight / (1f + 1f * normInverse);
        Assert.Equal((float)((double)nurse + care), Assert.Single(repeated.Hits).Score);
        float twiceWeight = 2f * idf;
        Assert.Equal(twiceWeight - twiceWeight / (1f + 1f * normInverse), Assert.Single(repeatedInText.Hits).Score);
    }

    [Fact]
    public void Other_parameters_change_the_score_as_the_formula_says()
    {
        var index = Corpus();
        var searcher = new IndexSearcher(index.Snapshot(), new Bm25Similarity(k1: 2f, b: 0.3f));

        var results = searcher.Search(new SearchRequest { Clauses = [new TermClause("title", "welder")] });

        float idf = (float)Math.Log(1 + (3 - 1 + 0.5D) / (1 + 0.5D));
        float avgdl = (float)(7 / (double)3);
        float normInverse = 1f / (2f * ((1 - 0.3f) + 0.3f * 3f / avgdl));
        Assert.Equal(idf - idf / (1f + 2f * normInverse), Assert.Single(results.Hits).Score);
    }

    [Fact]
    public void Unknown_term_matches_nothing()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest { Clauses = [new TermClause("title", "astronaut")] });

        Assert.Equal(0, results.TotalHits);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void Empty_index_returns_no_hits_and_empty_facets()
    {
        var index = new SearchIndex(new IndexSchema(["title"], ["sector"]), Whitespace);

        var withText = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder")], Facets = ["sector"] });
        var withoutText = index.Search(new SearchRequest { Facets = ["sector"] });

        Assert.Equal(0, withText.TotalHits);
        Assert.Empty(withText.Hits);
        Assert.Empty(withText.Facets["sector"]);
        Assert.Equal(0, withoutText.TotalHits);
        Assert.Equal(0, index.Snapshot().DocFreq("title", "welder"));
    }

    private static SearchIndex Corpus()
    {
        var index = new SearchIndex(new IndexSchema(["title", "body"]), Whitespace);
        index.Upsert(new IndexDocument(Welder).WithText("title", "welder welder steel").WithText("body", "we weld"));
        index.Upsert(new IndexDocument(Builder).WithText("title", "steel construction"));
        index.Upsert(new IndexDocument(Nurse).WithText("title", "care nurse"));
        index.Upsert(new IndexDocument(BodyOnly).WithText("body", "welder wanted"));
        return index;
    }

    private static string Repeat(string word, int count) => string.Join(' ', Enumerable.Repeat(word, count));
}
