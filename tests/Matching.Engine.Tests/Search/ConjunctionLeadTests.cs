using System.Globalization;
using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Search;

// When a keyword filter or the rarest required term leads the text that decides the matches, the text is verified and
// scored per candidate by advancing postings cursors instead of scanning every posting. Both ways must give the same
// answers to the bit: totals, hits in order with their scores, distances, explanations and facets.
public sealed class ConjunctionLeadTests
{
    private static readonly string[] Fields = ["title", "body"];
    private static readonly GeoPoint Home = new(52.1, 5.1);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Leading_with_a_rarer_side_answers_as_the_scan_of_all_postings(int seed)
    {
        var random = new Random(seed);
        var index = Corpus(random);
        var snapshot = index.Snapshot();
        var scan = new IndexSearcher(snapshot) { Leads = LeadPolicy.Scan };
        var cheapest = new IndexSearcher(snapshot) { Leads = LeadPolicy.Cheapest };
        var always = new IndexSearcher(snapshot) { Leads = LeadPolicy.Always };
        var matching = 0;

        for (var i = 0; i < 250; i++)
        {
            var request = Query(random);
            var expected = Describe(scan.Search(request));

            Assert.Equal(expected, Describe(cheapest.Search(request)));
            Assert.Equal(expected, Describe(always.Search(request)));
            matching += expected.StartsWith("0 hits", StringComparison.Ordinal) ? 0 : 1;
        }

        Assert.True(snapshot.SegmentCount >= 4, $"{snapshot.SegmentCount} segments");
        Assert.True(matching >= 100, $"only {matching} of 250 queries match anything");
    }

    [Fact]
    public void A_rare_keyword_filter_or_required_term_leads_and_a_lone_term_as_common_as_the_filter_scans()
    {
        var index = new SearchIndex(new IndexSchema(["body"], ["crebo"]), Whitespace);
        index.Upsert([.. Enumerable.Range(0, 3_000).Select(i => new IndexDocument(Guid.NewGuid())
            .WithText("body", i % 300 == 0 ? "common often rare" : i % 2 == 0 ? "common often" : "common")
            .WithKeywords("crebo", i % 500 == 0 ? "rare" : i % 2 == 0 ? "even" : "odd"))]);

        var rareCrebo = Lead(index, ["common", "often"], "rare");
        var rareTerm = Lead(index, ["common", "often", "rare"], "even");
        var comparable = Lead(index, ["often"], "even");
        var forced = Lead(index, ["often"], "even", LeadPolicy.Always);

        Assert.Equal(("crebo", -1), rareCrebo);
        Assert.Equal((null, 2), rareTerm);
        Assert.Equal((null, -1), comparable);
        Assert.Equal((null, 0), forced);
    }

    // The side that leads the first segment for required terms in body and one crebo: the keyword field or the clause.
    private static (string? Keyword, int Clause) Lead(SearchIndex index, string[] required, string crebo, LeadPolicy policy = LeadPolicy.Cheapest)
    {
        var plan = QueryPlan.Create(index.Snapshot(), Bm25Similarity.Default, new SearchRequest
        {
            Clauses = [.. required.Select(term => new TermClause("body", term, Occur: Occur.Must))],
            Filters = [new KeywordFilter("crebo", [crebo])],
        });
        var segment = plan.Segments[0].Segment;
        var keyword = (KeywordFilterPlan)plan.Filters[0];
        keyword.Bind(segment);
        var starts = new int[plan.Positive.Length];
        var ends = new int[plan.Positive.Length];
        for (var c = 0; c < starts.Length; c++)
        {
            plan.Range(0, c, out starts[c], out ends[c]);
        }

        var lead = ConjunctionLead.Choose(policy, plan, segment.MaxDoc, keyword, starts, ends);
        return (lead.Keyword is null ? null : "crebo", lead.Clause);
    }

    // Several segments, some over a 2048-document window, with updates and deletes; skewed words and crebos, so some
    // sides are far rarer than others; multi-valued tags, missing numbers and locations.
    private static SearchIndex Corpus(Random random)
    {
        var index = new SearchIndex(new IndexSchema(Fields, ["crebo", "region", "tag"], ["start", "hours"], hasLocation: true), Whitespace,
            new SearchIndexOptions { BackgroundMerges = false, MergeFactor = 8 });
        var ids = new List<Guid>();
        foreach (var size in new[] { 2_500, 300, 900, 2_200, 150, 600 })
        {
            var updated = ids.Where(_ => random.Next(10) == 0).ToList();
            var added = Enumerable.Range(0, size).Select(_ => Guid.NewGuid()).ToList();
            index.Upsert([.. added.Concat(updated).Select(id => Document(random, id))]);
            ids.AddRange(added);
            foreach (var id in ids.Where(_ => random.Next(20) == 0).ToList())
            {
                index.Delete(id);
            }
        }

        return index;
    }

    private static IndexDocument Document(Random random, Guid id)
    {
        var document = new IndexDocument(id)
            .WithText("title", Words(random, 1 + random.Next(5)))
            .WithText("body", Words(random, 3 + random.Next(30)))
            .WithKeywords("crebo", Crebo(random))
            .WithKeywords("region", $"r{random.Next(6)}")
            .WithKeywords("tag", [.. Enumerable.Range(0, random.Next(4)).Select(_ => $"t{random.Next(8)}").Distinct()])
            .WithNumber("start", random.Next(365));
        if (random.Next(5) > 0)
        {
            document.WithNumber("hours", 16 + random.Next(25));
        }

        if (random.Next(6) > 0)
        {
            document.WithLocation(51.5 + random.NextDouble(), 4.5 + random.NextDouble());
        }

        return document;
    }

    // Word i of 40 is drawn with a probability that falls steeply with i: w0 is in most documents, w39 in a few.
    private static string Word(Random random) => $"w{(int)(40 * Math.Pow(random.NextDouble(), 3))}";

    private static string Words(Random random, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Word(random)));

    // Crebo i of 30 likewise: the first ones hold hundreds of documents, the last a handful.
    private static string Crebo(Random random) => $"c{(int)(30 * Math.Pow(random.NextDouble(), 2))}";

    // Required (must and filter), should and must-not terms over both fields, sometimes a minimumShouldMatch; keyword,
    // range and geo filters; functions, facets, sorts, pages and explanations.
    private static SearchRequest Query(Random random)
    {
        var clauses = new List<TermClause>();
        var required = random.Next(4);
        for (var i = 0; i < required; i++)
        {
            clauses.Add(new TermClause(Field(random), Word(random), Boost(random), random.Next(4) == 0 ? Occur.Filter : Occur.Must));
        }

        var should = random.Next(4);
        for (var i = 0; i < should; i++)
        {
            clauses.Add(new TermClause(Field(random), Word(random), Boost(random)));
        }

        if (random.Next(3) == 0)
        {
            clauses.Add(new TermClause(Field(random), Word(random), Occur: Occur.MustNot));
        }

        var filters = new List<SearchFilter>();
        if (random.Next(5) > 0)
        {
            filters.Add(new KeywordFilter("crebo", [.. Enumerable.Range(0, 1 + random.Next(2)).Select(_ => Crebo(random))]));
        }

        if (random.Next(3) == 0)
        {
            filters.Add(new KeywordFilter("region", [$"r{random.Next(6)}"]));
        }

        if (random.Next(5) == 0)
        {
            filters.Add(new KeywordFilter("tag", [$"t{random.Next(8)}"], Exclude: random.Next(2) == 0));
        }

        if (random.Next(10) < 7)
        {
            var from = random.Next(300);
            filters.Add(new RangeFilter("start", from, from + 30 + random.Next(200)));
        }

        if (random.Next(5) == 0)
        {
            filters.Add(new RangeFilter("hours", 20, null));
        }

        if (random.Next(6) == 0)
        {
            filters.Add(new GeoDistanceFilter(Home, 20 + random.Next(60)));
        }

        var sort = random.Next(7) switch
        {
            0 => SearchSort.ByDistance,
            1 => SearchSort.ByNumber("start", descending: random.Next(2) == 0),
            _ => SearchSort.ByScore,
        };
        return new SearchRequest
        {
            Clauses = clauses,
            MinimumShouldMatch = random.Next(4) switch
            {
                0 => 1,
                1 => required == 0 ? 2 : 0,
                _ => null,
            },
            Filters = filters,
            Functions = random.Next(5) == 0 ? [NumericDecay.Dates("start", DateOnly.FromDayNumber(0).AddDays(100), scaleDays: 30), new PreferenceBoost("region", "r1", 0.3f)] : [],
            RelevanceBase = random.Next(5) == 0 ? 1f : 0f,
            Sort = sort,
            Origin = Home,
            Offset = random.Next(5) == 0 ? 3 : 0,
            Limit = new[] { 0, 1, 5, 10, 30 }[random.Next(5)],
            Facets = random.Next(2) == 0 ? ["region", "tag"] : [],
            Explain = random.Next(5) == 0,
        };
    }

    private static string Field(Random random) => Fields[random.Next(Fields.Length)];

    private static float Boost(Random random) => new[] { 0.5f, 1f, 1f, 2.5f }[random.Next(4)];

    // Everything an answer holds, scores and distances to the bit, as one string that names the first difference.
    private static string Describe(SearchResults results) =>
        $"{results.TotalHits} hits\n"
        + string.Concat(results.Hits.Select(hit =>
            $"{hit.Id} {BitConverter.SingleToInt32Bits(hit.Score):x8} {(hit.DistanceKm is { } km ? BitConverter.DoubleToInt64Bits(km).ToString("x16", CultureInfo.InvariantCulture) : "-")}\n{hit.Explanation}"))
        + string.Concat(results.Facets.OrderBy(facet => facet.Key, StringComparer.Ordinal).SelectMany(facet =>
            facet.Value.OrderBy(count => count.Key, StringComparer.Ordinal).Select(count => $"{facet.Key}={count.Key}: {count.Value}\n")));
}
