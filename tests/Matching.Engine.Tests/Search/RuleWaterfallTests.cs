using Matching.Engine.Geo;
using Matching.Engine.Index;
using Matching.Engine.Search;
using static Matching.Engine.Tests.TestAnalyzers;

namespace Matching.Engine.Tests.Search;

public sealed class RuleWaterfallTests
{
    private static readonly GeoPoint Rotterdam = new(51.9225, 4.4792);

    [Fact]
    public void Each_document_counts_for_the_first_rule_it_fails_and_each_relaxation_counts_what_it_adds()
    {
        var index = new SearchIndex(Schema(), Whitespace);
        // Offers for crebo 1 near Rotterdam unless said otherwise; level 2, path BOL, one place.
        index.Upsert(
        [
            Offer(1, crebos: ["1"]),                                  // passes every rule
            Offer(2, crebos: ["1"]),                                  // passes every rule
            Offer(3, crebos: ["2"]),                                  // ruled out by crebo
            Offer(4, crebos: ["3"]),                                  // ruled out by crebo (no candidate)
            Offer(5, crebos: ["1"], path: "BBL"),                     // learning path only
            Offer(6, crebos: ["1"], path: "BBL", places: 0),          // learning path first, then free place
            Offer(7, crebos: ["1"], places: 0),                       // free place only
            Offer(8, crebos: ["1"], kmEast: 30),                      // distance only (30 km)
            Offer(9, crebos: ["1"], kmEast: 60),                      // distance only (60 km)
            Offer(10, crebos: ["2"], kmEast: 1),                      // crebo only: the successor's
            Offer(11, crebos: ["1", "2"]),                            // passes; names the successor too
        ]);

        var result = new RuleWaterfall(index.Snapshot()).Run(new WaterfallRequest
        {
            Rules = Rules("1", "BOL", radiusKm: 20),
            Relaxations =
            [
                new("within 40 km", [Distance(40)]),
                new("within 80 km", [Distance(80)]),
                new("BBL", [Path("BBL")]),
                new("crebo 2", [Crebo("2")]),
                new("BBL within 80 km", [Path("BBL"), Distance(80)]),
            ],
        });

        Assert.Equal(11, result.Documents);
        Assert.Equal([3, 2, 0, 1, 2], result.RuledOut);
        Assert.Equal(3, result.Passing);
        // 40 km: offer 8; 80 km: 8 and 9; BBL: 5 (6 has no place); crebo 2: 3 and 10 (11 passes already);
        // BBL and 80 km together: 5 only, as 8 and 9 are BOL and the path is replaced, not dropped.
        Assert.Equal([1, 2, 1, 2, 1], result.Relaxed);
    }

    [Fact]
    public void The_counts_agree_with_searches_on_an_index_with_segments_and_deletes()
    {
        var random = new Random(20261214);
        var index = new SearchIndex(Schema(), Whitespace, new SearchIndexOptions { MergeFactor = 3, BackgroundMerges = false, MaxSegmentCount = 8 });
        var ids = new List<Guid>();
        for (var step = 0; step < 2_000; step++)
        {
            if (ids.Count > 50 && random.Next(5) == 0)
            {
                var gone = ids[random.Next(ids.Count)];
                index.Delete(gone);
                ids.Remove(gone);
                continue;
            }

            var id = ids.Count > 50 && random.Next(4) == 0 ? ids[random.Next(ids.Count)] : Guid.NewGuid();
            index.Upsert(Offer(id, [.. Enumerable.Range(0, random.Next(1, 3)).Select(_ => random.Next(1, 6).ToString())],
                random.Next(2) == 0 ? "BOL" : "BBL", random.Next(0, 3), random.Next(1, 5), random.Next(0, 120), random.Next(-60, 60)));
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        var snapshot = index.Snapshot();
        Assert.True(snapshot.SegmentCount > 1, "one segment only");
        for (var trial = 0; trial < 20; trial++)
        {
            var crebo = random.Next(1, 6).ToString();
            var other = random.Next(1, 6).ToString();
            var rules = Rules(crebo, random.Next(2) == 0 ? "BOL" : "BBL", radiusKm: random.Next(5, 60), level: random.Next(1, 5));
            WaterfallRelaxation[] relaxations =
            [
                new("wider", [Distance(random.Next(60, 100))]),
                new("crebo", [Crebo(other)]),
                new("any level and path", [new WaterfallRule("level", []), new WaterfallRule("path", [])]),
            ];

            var result = new RuleWaterfall(snapshot).Run(new WaterfallRequest { Rules = rules, Relaxations = relaxations });

            // A search with the filters of the first n rules finds those that none of them rules out.
            var left = snapshot.Count;
            for (var n = 1; n <= rules.Length; n++)
            {
                var found = Found(index, snapshot, rules.Take(n)).Count;
                Assert.Equal(left - found, result.RuledOut[n - 1]);
                left = found;
            }

            Assert.Equal(left, result.Passing);
            var passing = Found(index, snapshot, rules);
            for (var r = 0; r < relaxations.Length; r++)
            {
                var relaxed = rules.Select(rule => relaxations[r].Replacements.SingleOrDefault(replacement => replacement.Name == rule.Name) ?? rule);
                Assert.Equal(Found(index, snapshot, relaxed).Except(passing).Count(), result.Relaxed[r]);
            }
        }
    }

    [Fact]
    public void A_first_rule_that_cannot_choose_the_candidates_is_refused()
    {
        var waterfall = new RuleWaterfall(new SearchIndex(Schema(), Whitespace).Snapshot());

        Assert.Throws<ArgumentException>(() => waterfall.Run(new WaterfallRequest { Rules = [Path("BOL") with { Filters = [new RangeFilter("level", 1, 2)] }] }));
        Assert.Throws<ArgumentException>(() => waterfall.Run(new WaterfallRequest { Rules = [new("crebo", [new KeywordFilter("crebo", ["1"], Exclude: true)])] }));
        Assert.Throws<ArgumentException>(() => waterfall.Run(new WaterfallRequest { Rules = [] }));
        Assert.Throws<ArgumentException>(() => waterfall.Run(new WaterfallRequest
        {
            Rules = Rules("1", "BOL", 10),
            Relaxations = [new("other field", [new WaterfallRule("crebo", [new KeywordFilter("path", ["BBL"])])])],
        }));
        Assert.Throws<ArgumentException>(() => waterfall.Run(new WaterfallRequest
        {
            Rules = Rules("1", "BOL", 10),
            Relaxations = [new("unknown rule", [new WaterfallRule("colour", [])])],
        }));
    }

    private static IndexSchema Schema() => new(["title"], ["crebo", "path"], ["level", "places"], hasLocation: true);

    private static WaterfallRule[] Rules(string crebo, string path, int radiusKm, int level = 2) =>
    [
        Crebo(crebo),
        Path(path),
        new("level", [new RangeFilter("level", level, level)]),
        new("place", [new RangeFilter("places", 1, null)]),
        Distance(radiusKm),
    ];

    private static WaterfallRule Crebo(string crebo) => new("crebo", [new KeywordFilter("crebo", [crebo])]);

    private static WaterfallRule Path(string path) => new("path", [new KeywordFilter("path", [path])]);

    private static WaterfallRule Distance(double km) => new("distance", [new GeoDistanceFilter(Rotterdam, km)]);

    private static HashSet<Guid> Found(SearchIndex index, IndexSnapshot snapshot, IEnumerable<WaterfallRule> rules) =>
    [
        .. index.Search(snapshot, new SearchRequest { Filters = [.. rules.SelectMany(rule => rule.Filters)], Limit = SearchRequest.MaxWindow }).Hits.Select(hit => hit.Id),
    ];

    private static IndexDocument Offer(int number, string[] crebos, string path = "BOL", int places = 1, double kmEast = 0) =>
        Offer(new Guid(number, 0, 0, new byte[8]), crebos, path, places, 2, kmEast, 0);

    // kmEast and kmNorth: roughly, from Rotterdam.
    private static IndexDocument Offer(Guid id, string[] crebos, string path, int places, int level, double kmEast, double kmNorth) =>
        new IndexDocument(id)
            .WithText("title", "stage")
            .WithKeywords("crebo", crebos)
            .WithKeywords("path", path)
            .WithNumber("level", level)
            .WithNumber("places", places)
            .WithLocation(Rotterdam.Latitude + (kmNorth / 111.2), Rotterdam.Longitude + (kmEast / (111.2 * Math.Cos(Rotterdam.Latitude * Math.PI / 180))));
}
