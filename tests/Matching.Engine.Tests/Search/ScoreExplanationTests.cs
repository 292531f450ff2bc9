using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Search;

public sealed class ScoreExplanationTests
{
    private static readonly GeoPoint Rotterdam = new(51.9225, 4.4792);
    private static readonly GeoPoint Delft = new(52.0116, 4.3571);
    private static readonly DateOnly September = new(2025, 9, 1);
    private static readonly Guid Delft1 = new("00000000-0000-0000-0000-000000000001");

    [Fact]
    public void Term_explanation_has_lucenes_structure_and_values()
    {
        var index = Corpus();

        var hit = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder", 2f)], Explain = true }).Hits[0];

        var sum = hit.Explanation!;
        Assert.Equal("sum of:", sum.Description);
        var weight = Assert.Single(sum.Details);
        Assert.Matches(@"^weight\(title:welder in \d+\) \[BM25Similarity\], result of:$", weight.Description);
        var score = Assert.Single(weight.Details);
        Assert.Equal("score(freq=2.0), computed as boost * idf * tf from:", score.Description);
        Assert.Equal(["boost", "idf, computed as log(1 + (N - n + 0.5) / (n + 0.5)) from:", "tf, computed as freq / (freq + k1 * (1 - b + b * dl / avgdl)) from:"],
            score.Details.Select(detail => detail.Description));
        var (boost, idf, tf) = (score.Details[0], score.Details[1], score.Details[2]);
        Assert.Equal(2f, boost.Value);
        Assert.Equal((float)Math.Log(1 + (3 - 2 + 0.5D) / (2 + 0.5D)), idf.Value);
        Assert.Equal([2f, 3f], idf.Details.Select(detail => detail.Value));
        Assert.Equal(["n, number of documents containing term", "N, total number of documents with field"], idf.Details.Select(detail => detail.Description));
        float avgdl = (float)(8 / (double)3);
        Assert.Equal([2f, 1.2f, 0.75f, 3f, avgdl], tf.Details.Select(detail => detail.Value));
        Assert.Equal(["freq, occurrences of term within document", "k1, term saturation parameter", "b, length normalization parameter", "dl, length of field", "avgdl, average length of field"],
            tf.Details.Select(detail => detail.Description));
        Assert.Equal(2f / (2f + 1.2f * ((1 - 0.75f) + 0.75f * 3f / avgdl)), tf.Value);
    }

    [Fact]
    public void Explanation_values_are_the_score_and_its_children_multiply_to_it_within_float_rounding()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder steel care", 1.5f)], Explain = true, Limit = 10 });

        Assert.NotEmpty(results.Hits);
        foreach (var hit in results.Hits)
        {
            var sum = hit.Explanation!;
            Assert.Equal(hit.Score, sum.Value);
            Assert.Equal(hit.Score, (float)sum.Details.Sum(term => (double)term.Value));
            foreach (var term in sum.Details)
            {
                var score = term.Details[0];
                Assert.Equal(term.Value, score.Value);
                var product = score.Details.Aggregate(1f, (value, detail) => value * detail.Value);
                Assert.Equal(score.Value, product, tolerance: 1e-6 * score.Value);
            }
        }
    }

    [Fact]
    public void Explanation_of_a_must_and_should_query_is_exactly_its_score()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest
        {
            Clauses = [new TermClause("title", "steel", 1.5f, Occur.Must), new TermClause("title", "welder care nurse", 0.7f)],
            Explain = true,
        });

        Assert.Equal(2, results.TotalHits);
        Assert.All(results.Hits, hit => Assert.Equal(hit.Score, hit.Explanation!.Value));
        Assert.All(results.Hits, hit => Assert.Equal(hit.Score, hit.Explanation!.Details.Sum(term => term.Value), tolerance: 1e-6 * hit.Score));
    }

    [Fact]
    public void Boost_of_one_is_left_out_as_in_lucene_and_long_fields_are_marked_approximate()
    {
        var index = new SearchIndex(new IndexSchema(["title"]), Whitespace);
        index.Upsert(new IndexDocument(Guid.NewGuid()).WithText("title", "welder " + string.Join(' ', Enumerable.Repeat("filler", 40))));

        var hit = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder")], Explain = true }).Hits[0];

        var score = hit.Explanation!.Details[0].Details[0];
        Assert.StartsWith("idf", score.Details[0].Description);
        var length = score.Details[1].Details[3];
        Assert.Equal("dl, length of field (approximate)", length.Description);
        Assert.Equal(40f, length.Value);
    }

    [Fact]
    public void Functions_multiply_exactly_to_the_final_score()
    {
        var index = Corpus();
        var plain = new SearchRequest { Clauses = [new TermClause("title", "welder")], Origin = Rotterdam, Limit = 10 };
        var functions = new ScoreFunction[]
        {
            new GeoDistanceDecay(Rotterdam, ScaleKm: 10, OffsetKm: 2, Decay: 0.5),
            NumericDecay.Dates("start", September, scaleDays: 30),
            new PreferenceBoost("sector", "Haven", 0.5f),
            new PreferenceBoost("sector", "Zorg", 0.25f),
        };

        var relevance = index.Search(plain).Hits.ToDictionary(hit => hit.Id, hit => hit.Score);
        var results = index.Search(new SearchRequest { Clauses = plain.Clauses, Origin = Rotterdam, Functions = functions, Explain = true, Limit = 10 });

        Assert.Equal(2, results.Hits.Count);
        foreach (var hit in results.Hits)
        {
            var product = hit.Explanation!;
            Assert.Equal("product of:", product.Description);
            Assert.Equal(hit.Score, product.Value);
            Assert.Equal(relevance[hit.Id], product.Details[0].Value);
            Assert.Equal(hit.Score, product.Details.Aggregate(1f, (value, factor) => value * factor.Value));

            // final = bm25 * distance decay * date decay * (1 + sum of preference weights), by hand.
            var distanceDecay = (float)GaussianDecay.Evaluate(hit.DistanceKm!.Value, 0, 10, 2, 0.5);
            var startDays = hit.Id == Delft1 ? 0 : 45;
            var dateDecay = (float)GaussianDecay.Evaluate(September.DayNumber + startDays, September.DayNumber, 30, 0, 0.5);
            var preference = (float)(1 + (hit.Id == Delft1 ? 0.5 : 0.25));
            Assert.Equal(relevance[hit.Id] * distanceDecay * dateDecay * preference, hit.Score);
            Assert.Equal([relevance[hit.Id], distanceDecay, dateDecay, preference], product.Details.Select(detail => detail.Value));
            var preferences = product.Details[3];
            Assert.Equal(preference, (float)(1 + preferences.Details.Sum(detail => (double)detail.Value)));
        }
    }

    [Fact]
    public void Without_text_the_functions_alone_make_the_score()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest
        {
            Functions = [new GeoDistanceDecay(Rotterdam, ScaleKm: 20)],
            Filters = [new KeywordFilter("sector", ["Haven", "Zorg"])],
            Explain = true,
        });

        Assert.Equal(3, results.TotalHits);
        foreach (var hit in results.Hits)
        {
            Assert.Equal((float)GaussianDecay.Evaluate(hit.DistanceKm!.Value, 0, 20, 0, 0.5), hit.Score);
            Assert.Equal(1f, hit.Explanation!.Details[0].Value);
            Assert.Equal(hit.Score, hit.Explanation.Value);
        }
    }

    [Fact]
    public void Explanation_is_only_made_when_asked_and_prints_like_lucene()
    {
        var index = Corpus();

        var plain = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder")] });
        var explained = index.Search(new SearchRequest { Clauses = [new TermClause("title", "welder")], Explain = true });

        Assert.All(plain.Hits, hit => Assert.Null(hit.Explanation));
        var text = explained.Hits[0].Explanation!.ToString();
        Assert.StartsWith($"{explained.Hits[0].Score.ToString(System.Globalization.CultureInfo.InvariantCulture)} = sum of:\n  ", text);
        Assert.Contains("\n      ", text);
    }

    private static SearchIndex Corpus()
    {
        var index = new SearchIndex(new IndexSchema(["title"], ["sector"], ["start"], hasLocation: true), Whitespace);
        index.Upsert(new IndexDocument(Delft1).WithText("title", "welder welder steel").WithKeywords("sector", "Haven")
            .WithDate("start", September).WithLocation(Delft));
        index.Upsert(new IndexDocument(Guid.NewGuid()).WithText("title", "steel care nurse").WithKeywords("sector", "Zorg")
            .WithDate("start", September.AddDays(45)).WithLocation(Rotterdam));
        index.Upsert(new IndexDocument(Guid.NewGuid()).WithText("title", "welder care").WithKeywords("sector", "Zorg")
            .WithDate("start", September.AddDays(45)).WithLocation(Rotterdam));
        return index;
    }
}
