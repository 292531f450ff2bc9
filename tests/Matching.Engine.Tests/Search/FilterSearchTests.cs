using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Search;

public sealed class FilterSearchTests
{
    private static readonly DateOnly September = new(2025, 9, 1);

    private static readonly Guid PortWelder = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid PortPlanner = new("00000000-0000-0000-0000-000000000002");
    private static readonly Guid CareNurse = new("00000000-0000-0000-0000-000000000003");
    private static readonly Guid CareAssistant = new("00000000-0000-0000-0000-000000000004");
    private static readonly Guid NoSector = new("00000000-0000-0000-0000-000000000005");

    [Fact]
    public void Keyword_filter_keeps_documents_with_any_of_the_values()
    {
        var index = Corpus();

        var port = Search(index, new KeywordFilter("sector", ["Haven"]));
        var either = Search(index, new KeywordFilter("crebo", ["25471", "25480"]));
        var caseMatters = Search(index, new KeywordFilter("sector", ["haven"]));

        Assert.Equal([PortWelder, PortPlanner], Ids(port));
        Assert.Equal([PortWelder, CareNurse, CareAssistant], Ids(either));
        Assert.Equal(0, caseMatters.TotalHits);
    }

    // A keyword filter's postings lead: the windows between them are skipped, and a must-not term's postings in those
    // windows must neither exclude a later candidate nor be read as if they were in its window.
    [Fact]
    public void A_scan_led_by_a_keyword_filter_skips_the_windows_between_its_postings_and_still_excludes()
    {
        var index = new SearchIndex(new IndexSchema(["body"], ["crebo"]), Whitespace);
        var ids = Enumerable.Range(0, 9_000).Select(_ => Guid.NewGuid()).ToArray();
        index.Upsert(ids.Select((id, i) => new IndexDocument(id)
            .WithText("body", i is 3_000 or 8_500 ? "welder night" : i % 7 == 0 ? "welder day" : "welder")
            .WithKeywords("crebo", i is 10 or 4_501 or 8_500 ? "rare" : "common")));

        var results = index.Search(new SearchRequest
        {
            Clauses = [new TermClause("body", "day"), new TermClause("body", "night", Occur: Occur.MustNot)],
            MinimumShouldMatch = 0,
            Filters = [new KeywordFilter("crebo", ["rare"])],
            Limit = 10,
        });

        Assert.Equal(1, index.Snapshot().SegmentCount);
        Assert.Equal(2, results.TotalHits);
        Assert.Equal([ids[4_501], ids[10]], results.Hits.Select(hit => hit.Id));
    }

    [Fact]
    public void A_field_with_one_value_per_document_filters_prefers_and_counts_by_that_value()
    {
        // Every document has exactly one region, so the index reads each document's region directly.
        var index = new SearchIndex(new IndexSchema(["title"], ["region"]), Whitespace);
        var regions = new[] { "Achterhoek", "Drenthe", "Rijnmond", "Twente", "Zeeland" };
        var random = new Random(7);
        var documents = Enumerable.Range(0, 500).Select(_ => (Id: Guid.NewGuid(), Region: regions[random.Next(regions.Length)])).ToList();
        index.Upsert(documents.Select(document => new IndexDocument(document.Id).WithText("title", "stage").WithKeywords("region", document.Region)));

        foreach (var region in regions)
        {
            var expected = documents.Where(document => document.Region == region).Select(document => document.Id).Order();
            Assert.Equal(expected, Ids(index.Search(new SearchRequest { Filters = [new KeywordFilter("region", [region])], Limit = 500 })));
            Assert.Equal(500 - expected.Count(), Search(index, new KeywordFilter("region", [region], Exclude: true)).TotalHits);
        }

        var twoRegions = documents.Count(document => document.Region is "Drenthe" or "Twente");
        Assert.Equal(twoRegions, Search(index, new KeywordFilter("region", ["Drenthe", "Twente"])).TotalHits);
        Assert.Equal(500 - twoRegions, Search(index, new KeywordFilter("region", ["Drenthe", "Twente"], Exclude: true)).TotalHits);

        // A preference lifts exactly the documents of its region to the top.
        var preferred = index.Search(new SearchRequest
        {
            Clauses = [new TermClause("title", "stage")],
            Functions = [new PreferenceBoost("region", "Rijnmond", 1f)],
            Facets = ["region"],
            Limit = 500,
        });
        var rijnmond = documents.Count(document => document.Region == "Rijnmond");
        Assert.All(preferred.Hits.Take(rijnmond), hit => Assert.Equal("Rijnmond", documents.Single(document => document.Id == hit.Id).Region));
        Assert.All(preferred.Hits.Skip(rijnmond), hit => Assert.NotEqual("Rijnmond", documents.Single(document => document.Id == hit.Id).Region));
        Assert.Equal(documents.CountBy(document => document.Region).OrderBy(pair => pair.Key), preferred.Facets["region"].OrderBy(pair => pair.Key));
    }

    // A value few documents have, in a field where a document has several (a crebo among those an offer names), is tested
    // along its postings, while a rarer filter leads (the crebos the company is accredited for) or every document is a
    // candidate. Over windows of 2,048 documents, several segments and deletes, it must keep what each document holds.
    [Theory]
    [InlineData("lead")]
    [InlineData("lead, excluded")]
    [InlineData("lead, two values")]
    [InlineData("every document, excluded")]
    public void A_seldom_value_of_a_field_of_several_values_filters_as_each_document_holds(string shape)
    {
        var index = new SearchIndex(new IndexSchema(["title"], ["crebos", "accredited", "path"], ["level"]), Whitespace);
        var random = new Random(shape.Length);
        var documents = new List<(Guid Id, string[] Crebos, string[] Accredited, string Path, int Level)>();
        for (var segment = 0; segment < 3; segment++)
        {
            var batch = Enumerable.Range(0, 3_000).Select(_ =>
            {
                // Each names its own crebo of 20 and up to two others of 100, and is accredited for its own most often.
                var own = $"c{random.Next(20)}";
                string[] crebos = [.. Enumerable.Range(0, random.Next(3)).Select(_ => $"c{random.Next(100)}").Append(own).Distinct()];
                string[] accredited = random.Next(4) == 0 ? [] : [own];
                return (Guid.NewGuid(), crebos, accredited, random.Next(2) == 0 ? "BOL" : "BBL", random.Next(1, 5));
            }).ToList();
            documents.AddRange(batch);
            index.Upsert(batch.Select(document => new IndexDocument(document.Item1).WithText("title", "stage")
                .WithKeywords("crebos", document.crebos).WithKeywords("accredited", document.accredited)
                .WithKeywords("path", document.Item4).WithNumber("level", document.Item5)));
        }

        foreach (var document in documents.Where((_, i) => i % 13 == 0).ToList())
        {
            index.Delete(document.Id);
            documents.Remove(document);
        }

        var exclude = shape.Contains("excluded");
        string[] values = shape.Contains("two values") ? ["c3", "c57"] : ["c3"];
        string[]? lead = !shape.StartsWith("lead", StringComparison.Ordinal) ? null : exclude ? ["c5"] : values;
        List<SearchFilter> filters = [new KeywordFilter("crebos", values, exclude), new RangeFilter("level", 2, null)];
        if (lead is not null)
        {
            filters.Add(new KeywordFilter("path", ["BOL"]));
            filters.Add(new KeywordFilter("accredited", lead));
        }

        var results = index.Search(new SearchRequest
        {
            Clauses = [new TermClause("title", "stage", 1f, Occur.Should)],
            MinimumShouldMatch = 0,
            Filters = filters,
            Limit = SearchRequest.MaxWindow,
        });

        var expected = documents
            .Where(document => document.Crebos.Intersect(values).Any() != exclude && document.Level >= 2
                && (lead is null || (document.Path == "BOL" && document.Accredited.Intersect(lead).Any())))
            .Select(document => document.Id)
            .Order()
            .ToList();
        Assert.InRange(expected.Count, 50, SearchRequest.MaxWindow);
        Assert.Equal(expected.Count, results.TotalHits);
        Assert.Equal(expected, Ids(results));
    }

    [Fact]
    public void Keyword_filter_with_exclude_keeps_documents_without_the_values()
    {
        var index = Corpus();

        var results = Search(index, new KeywordFilter("sector", ["Zorg"], Exclude: true));

        Assert.Equal([PortWelder, PortPlanner, NoSector], Ids(results));
    }

    [Fact]
    public void Several_filters_must_all_pass_also_with_text()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest
        {
            Clauses = [new TermClause("title", "welder nurse assistant")],
            Filters = [new KeywordFilter("sector", ["Zorg"]), new KeywordFilter("path", ["BBL"])],
        });

        Assert.Equal([CareAssistant], Ids(results));
    }

    [Fact]
    public void Numeric_range_is_inclusive_and_may_be_open()
    {
        var index = Corpus();

        var closed = Search(index, new RangeFilter("hours", 24, 32));
        var from = Search(index, new RangeFilter("hours", 32, null));
        var until = Search(index, new RangeFilter("hours", null, 24));
        var empty = Search(index, new RangeFilter("hours", 40, 20));

        Assert.Equal([PortWelder, CareNurse, CareAssistant], Ids(closed));
        Assert.Equal([PortWelder, PortPlanner], Ids(from));
        Assert.Equal([CareNurse], Ids(until));
        Assert.Equal(0, empty.TotalHits);
    }

    [Fact]
    public void Date_range_works_on_day_numbers_and_skips_documents_without_a_date()
    {
        var index = Corpus();

        var autumn = Search(index, RangeFilter.Dates("start", September, September.AddDays(30)));
        var later = Search(index, RangeFilter.Dates("start", September.AddDays(1), null));

        Assert.Equal([PortWelder, CareNurse], Ids(autumn));
        Assert.Equal([CareNurse, CareAssistant], Ids(later));
    }

    [Fact]
    public void Everything_filtered_out_gives_no_hits_and_empty_facets()
    {
        var index = Corpus();

        var results = index.Search(new SearchRequest
        {
            Clauses = [new TermClause("title", "welder")],
            Filters = [new KeywordFilter("sector", ["Zorg"])],
            Facets = ["sector"],
        });
        var unknownValue = Search(index, new KeywordFilter("sector", ["Ruimtevaart"]));

        Assert.Equal(0, results.TotalHits);
        Assert.Empty(results.Hits);
        Assert.Empty(results.Facets["sector"]);
        Assert.Equal(0, unknownValue.TotalHits);
    }

    [Fact]
    public void Filters_on_fields_of_the_wrong_kind_are_rejected()
    {
        var index = Corpus();

        Assert.Throws<ArgumentException>(() => Search(index, new KeywordFilter("hours", ["32"])));
        Assert.Throws<ArgumentException>(() => Search(index, new RangeFilter("sector", 1, 2)));
        Assert.Throws<ArgumentException>(() => Search(index, new GeoDistanceFilter(new GeoPoint(52, 4), 10)));
    }

    private static SearchResults Search(SearchIndex index, params SearchFilter[] filters) =>
        index.Search(new SearchRequest { Filters = filters, Limit = 100 });

    private static List<Guid> Ids(SearchResults results) => [.. results.Hits.Select(hit => hit.Id).Order()];

    private static SearchIndex Corpus()
    {
        var index = new SearchIndex(new IndexSchema(["title"], ["sector", "crebo", "path"], ["hours", "start"]), Whitespace);
        index.Upsert(new IndexDocument(PortWelder).WithText("title", "welder").WithKeywords("sector", "Haven")
            .WithKeywords("crebo", "25471", "25473").WithKeywords("path", "BOL").WithNumber("hours", 32).WithDate("start", September));
        index.Upsert(new IndexDocument(PortPlanner).WithText("title", "planner").WithKeywords("sector", "Haven")
            .WithKeywords("crebo", "25100").WithKeywords("path", "BBL").WithNumber("hours", 38).WithDate("start", September.AddDays(-10)));
        index.Upsert(new IndexDocument(CareNurse).WithText("title", "nurse").WithKeywords("sector", "Zorg")
            .WithKeywords("crebo", "25480").WithKeywords("path", "BOL").WithNumber("hours", 24).WithDate("start", September.AddDays(30)));
        index.Upsert(new IndexDocument(CareAssistant).WithText("title", "care assistant").WithKeywords("sector", "Zorg")
            .WithKeywords("crebo", "25480").WithKeywords("path", "BBL").WithNumber("hours", 28).WithDate("start", September.AddDays(31)));
        index.Upsert(new IndexDocument(NoSector).WithText("title", "welder assistant"));
        return index;
    }
}
