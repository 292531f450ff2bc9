using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Search;

// When the text only ranks (minimumShouldMatch 0), candidates are scored from their own terms; when it decides
// the matches, the postings are scored term by term. Both must give the same score to the bit.
public sealed class CandidateScoringTests
{
    [Theory]
    [InlineData("welder steel")]
    [InlineData("steel steel nurse")]
    [InlineData("welder zzz")]
    public void Ranking_text_scores_each_document_as_matching_text_does(string text)
    {
        var index = Corpus();
        Clause[] clauses = [new(text, 1f, Occur.Should), new("welder", 2.5f, Occur.Should), new("nurse cook", 0.5f, Occur.Should)];

        foreach (var shape in new[] { clauses[..1], clauses[..2], clauses })
        {
            var ranking = Search(index, shape, minimumShouldMatch: 0);
            var matching = Search(index, shape, minimumShouldMatch: null);

            var scored = ranking.Hits.Where(hit => matching.Hits.Any(other => other.Id == hit.Id)).ToList();
            Assert.NotEmpty(scored);
            Assert.Equal(matching.Hits.Select(hit => (hit.Id, hit.Score)), scored.Select(hit => (hit.Id, hit.Score)));
        }
    }

    // Documents of up to 200 terms (or 800, from a million words, so that a segment's field has more than 65,536 terms and
    // their ids take three bytes), and up to 300 query terms (an offer's text read as a wish), drawn from the documents'
    // words, some in two clauses: whether the query's terms or the document's lead the lookup, each score must be the one
    // the term-by-term scan gives.
    [Theory]
    [InlineData(1, 20_000, 200)]
    [InlineData(3, 20_000, 200)]
    [InlineData(40, 20_000, 200)]
    [InlineData(300, 20_000, 200)]
    [InlineData(3, 1_000_000, 800)]
    [InlineData(40, 1_000_000, 800)]
    [InlineData(300, 1_000_000, 800)]
    public void Ranking_text_scores_as_matching_text_does_in_a_field_of_many_terms(int queryTerms, int vocabulary, int longest)
    {
        var random = new Random(queryTerms);
        var index = new SearchIndex(new IndexSchema(["title"]), Whitespace);
        var words = new List<string>();
        for (var segment = 0; segment < 2; segment++)
        {
            index.Upsert([.. Enumerable.Range(0, 400).Select(_ =>
            {
                var text = Enumerable.Range(0, random.Next(1, longest)).Select(_ => $"w{random.Next(vocabulary)}").ToList();
                words.AddRange(text);
                return new IndexDocument(Guid.NewGuid()).WithText("title", string.Join(' ', text));
            })]);
        }

        if (vocabulary > 65_536)
        {
            Assert.All(index.Snapshot().Segments, view => Assert.True(view.Segment.Text[0].TermIds.Count > 65_536));
        }

        for (var query = 0; query < 10; query++)
        {
            Clause[] clauses = [.. Enumerable.Range(0, queryTerms).Select(_ => new Clause(words[random.Next(words.Count)], 1f + random.Next(3), Occur.Should))];
            clauses = [.. clauses, .. clauses.Where((_, i) => i % 7 == 3).Select(clause => clause with { Boost = 0.5f })];
            var ranking = Search(index, clauses, minimumShouldMatch: 0, limit: 1000);
            var matching = Search(index, clauses, minimumShouldMatch: null, limit: 1000);

            var scored = ranking.Hits.Where(hit => matching.Hits.Any(other => other.Id == hit.Id)).ToList();
            Assert.Equal(800, ranking.TotalHits);
            Assert.NotEmpty(scored);
            Assert.Equal(matching.Hits.Select(hit => (hit.Id, hit.Score)), scored.Select(hit => (hit.Id, hit.Score)));
        }
    }

    [Fact]
    public void A_term_repeated_more_than_a_byte_counts_scores_with_its_real_frequency()
    {
        var index = Corpus();

        var ranking = Search(index, [new("steel", 1f, Occur.Should)], minimumShouldMatch: 0);
        var matching = Search(index, [new("steel", 1f, Occur.Should)], minimumShouldMatch: null);

        // Documents 300 and 254 "steel"s long: the longer text has the higher frequency and the higher score.
        var many = ranking.Hits.Single(hit => hit.Id == Id(300));
        Assert.Equal(matching.Hits.Single(hit => hit.Id == Id(300)).Score, many.Score);
        Assert.True(many.Score > ranking.Hits.Single(hit => hit.Id == Id(254)).Score);
    }

    // A candidate whose best possible relevance cannot enter the top hits is skipped unscored: the top k must still be
    // the first k of all hits, with decays and preferences, with and without a base relevance.
    [Theory]
    [InlineData(1f)]
    [InlineData(0f)]
    public void The_top_hits_of_ranking_text_are_the_first_of_all_hits(float relevanceBase)
    {
        var random = new Random(11);
        string[] words = ["welder", "steel", "nurse", "care", "cook", "port", "crane", "filler"];
        var index = new SearchIndex(new IndexSchema(["title"], ["crebo", "sector"], ["start"], hasLocation: true), Whitespace);
        for (var segment = 0; segment < 3; segment++)
        {
            index.Upsert([.. Enumerable.Range(0, 400).Select(_ => new IndexDocument(Guid.NewGuid())
                .WithText("title", string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)])))
                .WithKeywords("crebo", random.Next(3) == 0 ? "25101" : "25102")
                .WithKeywords("sector", random.Next(2) == 0 ? "Zorg" : "Haven")
                .WithDate("start", new DateOnly(2027, 1, 1).AddDays(random.Next(120)))
                .WithLocation(51.9 + (random.NextDouble() / 2), 4.4 + (random.NextDouble() / 2)))]);
        }

        var home = new GeoPoint(51.92, 4.48);
        for (var query = 0; query < 20; query++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)]));
            var boost = 1f + random.Next(3);
            SearchResults Page(int limit) => index.Search(new SearchRequest
            {
                Clauses = [new TermClause("title", text, boost), new TermClause("title", words[query % words.Length], 0.5f)],
                MinimumShouldMatch = 0,
                RelevanceBase = relevanceBase,
                Filters = [new KeywordFilter("crebo", ["25101"]), new GeoDistanceFilter(home, 30)],
                Functions =
                [
                    new GeoDistanceDecay(home, ScaleKm: 8, OffsetKm: 2),
                    NumericDecay.Dates("start", new DateOnly(2027, 2, 1), scaleDays: 30),
                    new PreferenceBoost("sector", "Zorg", 0.2f),
                ],
                Origin = home,
                Limit = limit,
            });

            var all = Page(1200);
            var top = Page(10);

            Assert.True(all.TotalHits > 50);
            Assert.Equal(all.Hits.Take(10), top.Hits);
            Assert.Equal(all.TotalHits, top.TotalHits);
        }
    }

    private static SearchResults Search(SearchIndex index, Clause[] clauses, int? minimumShouldMatch, int limit = 100) => index.Search(new SearchRequest
    {
        Clauses = [.. clauses.Select(clause => new TermClause("title", clause.Text, clause.Boost, clause.Occur))],
        MinimumShouldMatch = minimumShouldMatch,
        Limit = limit,
    });

    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    // Two segments (two upserts), frequencies from 1 to 300, and documents without any query term.
    private static SearchIndex Corpus()
    {
        var index = new SearchIndex(new IndexSchema(["title"]), Whitespace);
        index.Upsert(
        [
            new IndexDocument(Id(1)).WithText("title", "welder steel"),
            new IndexDocument(Id(2)).WithText("title", "welder"),
            new IndexDocument(Id(3)).WithText("title", "nurse care"),
            new IndexDocument(Id(254)).WithText("title", string.Join(' ', Enumerable.Repeat("steel", 254)) + " welder"),
        ]);
        index.Upsert(
        [
            new IndexDocument(Id(300)).WithText("title", string.Join(' ', Enumerable.Repeat("steel", 300)) + " welder nurse"),
            new IndexDocument(Id(4)).WithText("title", "steel nurse welder welder"),
            new IndexDocument(Id(5)).WithText("title", "cook"),
        ]);
        return index;
    }

    private sealed record Clause(string Text, float Boost, Occur Occur);
}
