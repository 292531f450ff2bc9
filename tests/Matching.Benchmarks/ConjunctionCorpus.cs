using Matching.Engine.Index;
using Matching.Engine.Search;
using Matching.Tests.LucenePeer;

namespace Matching.Benchmarks;

/// <summary>
/// 100,000 generated offer-like documents for the conjunction benchmarks: a title and a body of words drawn from a
/// Zipf vocabulary (so a few words are in tens of thousands of documents and most in a handful), a crebo among 400
/// (also Zipf: a popular crebo has thousands of offers, a rare one dozens), a region among 35 and a start date in one
/// year. Written in batches, so the index has several segments. Nothing is deleted: a segment with deletes counts each
/// query term's live postings for its statistics, a cost of its own that would blur the conjunction's.
/// Seeded: every run builds the same index and the same queries.
/// </summary>
internal sealed class ConjunctionCorpus
{
    public const int DocumentCount = 100_000;
    public const int QueryCount = 64;

    private const int Seed = 15;
    private const int Vocabulary = 20_000;
    private const int Crebos = 400;
    private const int Regions = 35;
    private const int BatchSize = 12_500;
    private static readonly DateOnly FirstStart = new(2027, 1, 1);
    private static readonly Lazy<ConjunctionCorpus> Shared = new(() => new ConjunctionCorpus());

    private readonly ZipfSampler _words = new(Vocabulary, 1.0);
    private readonly ZipfSampler _crebos = new(Crebos, 0.8);

    private ConjunctionCorpus()
    {
        var random = new Random(Seed);
        Index = new SearchIndex(new IndexSchema(["title", "body"], ["crebo", "region"], ["start"]),
            TextAnalyzers.From(text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        for (var batch = 0; batch < DocumentCount / BatchSize; batch++)
        {
            Index.Upsert([.. Enumerable.Range(0, BatchSize).Select(_ => Document(random))]);
        }

        Index.WaitForMerges();
    }

    public static ConjunctionCorpus Current => Shared.Value;

    public SearchIndex Index { get; }

    // Two common words required (thousands to tens of thousands of documents each), one crebo, a three-month start range.
    public SearchRequest[] CreboAndStart() => Many(1, random => new SearchRequest
    {
        Clauses = [Term(CommonWord(random), Occur.Must), Term(CommonWord(random), Occur.Must)],
        Filters = [Crebo(random), StartWithin(random, days: 90)],
    });

    // As above with a region (about 2,800 documents) instead of a crebo: the filter is rarer than the text, but not by much.
    public SearchRequest[] RegionAndStart() => Many(2, random => new SearchRequest
    {
        Clauses = [Term(CommonWord(random), Occur.Must), Term(CommonWord(random), Occur.Must)],
        Filters = [new KeywordFilter("region", [$"r{random.Next(Regions)}"]), StartWithin(random, days: 90)],
    });

    // The whole boolean shape: required, should and must-not terms, a crebo, a start range and a facet.
    public SearchRequest[] BooleanWithFacet() => Many(3, random => new SearchRequest
    {
        Clauses =
        [
            Term(CommonWord(random), Occur.Must), Term(CommonWord(random), Occur.Filter),
            Term(CommonWord(random), Occur.Should), Term($"w{random.Next(100, 2_000)}", Occur.Should), Term(CommonWord(random), Occur.MustNot),
        ],
        Filters = [Crebo(random), StartWithin(random, days: 180)],
        Facets = ["region"],
    });

    // No keyword filter: a rarer required word (hundreds of documents) with a common one and a start range.
    public SearchRequest[] RareAndCommonWords() => Many(4, random => new SearchRequest
    {
        Clauses = [Term($"w{random.Next(200, 1_000)}", Occur.Must), Term(CommonWord(random), Occur.Must)],
        Filters = [StartWithin(random, days: 180)],
    });

    // Two required words of neighbouring ranks (about as common) and a start range: leading with either would verify
    // the other on nearly every candidate, so the scan of both stays the cheaper way.
    public SearchRequest[] EquallyCommonWords() => Many(5, random =>
    {
        var rank = random.Next(5, 100);
        return new SearchRequest
        {
            Clauses = [Term($"w{rank}", Occur.Must), Term($"w{rank + 1}", Occur.Must)],
            Filters = [StartWithin(random, days: 180)],
        };
    });

    // Each set of queries has its own seed, so it does not depend on which benchmarks ran before.
    private SearchRequest[] Many(int set, Func<Random, SearchRequest> query)
    {
        var random = new Random(Seed + set);
        return [.. Enumerable.Range(0, QueryCount).Select(_ => query(random))];
    }

    private static TermClause Term(string term, Occur occur) => TermClause.Term("body", term, 1f, occur);

    // Words of rank 5 to 100, in 55% down to 5% of the documents (the first few are in nearly all, as stop words would be).
    private static string CommonWord(Random random) => $"w{random.Next(5, 100)}";

    private KeywordFilter Crebo(Random random) => new("crebo", [$"c{_crebos.Next(random)}"]);

    private static RangeFilter StartWithin(Random random, int days)
    {
        var from = FirstStart.AddDays(random.Next(365 - days));
        return RangeFilter.Dates("start", from, from.AddDays(days));
    }

    private IndexDocument Document(Random random)
    {
        var id = new byte[16];
        random.NextBytes(id);
        return new IndexDocument(new Guid(id))
            .WithText("title", Words(random, 3 + random.Next(6)))
            .WithText("body", Words(random, 20 + random.Next(60)))
            .WithKeywords("crebo", $"c{_crebos.Next(random)}")
            .WithKeywords("region", $"r{random.Next(Regions)}")
            .WithDate("start", FirstStart.AddDays(random.Next(365)));
    }

    private string Words(Random random, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => $"w{_words.Next(random)}"));
}
