using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Api.Reference;
using Matching.Api.Students;
using Matching.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Bench;

// round --scale national|quick|demo [--rounds rijnmond,all]: placement rounds as RoundRunner runs them, on the generated
// dataset held in memory instead of PostgreSQL. The indexes are built from the rows IndexSource would read (as
// tests/Matching.Benchmarks builds them), the real OfferMatcher and CandidateMatcher rank both sides, and each round's
// phases are timed apart: the engine queries, the rest of RoundPreferences.Build, deferred acceptance, the greedy
// baseline, maximum fill and the stability check.
internal static class RoundCommand
{
    // DemoOptions' default day: the dataset and the rounds' figures come out the same on any date.
    private static readonly DateOnly DefaultToday = new DemoOptions().Today;

    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var results = new ResultsFile(arguments.Optional("results"));
        var scale = arguments.Get("scale", "national");
        var today = BenchDatasets.Date(arguments, "today", DefaultToday);
        var startFrom = BenchDatasets.Date(arguments, "start-from", new DateOnly(2027, 1, 1));
        var startUntil = BenchDatasets.Date(arguments, "start-until", new DateOnly(2027, 6, 30));
        var reference = ReferenceDataSet.Embedded;
        var rounds = arguments.Get("rounds", "rijnmond,all").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(round => (Name: round.Replace('+', '_'), Regions: Regions(round, reference)))
            .ToList();

        var dataset = BenchDatasets.Generate(scale, reference, today, results, "round");

        // As a node's start-up load: open offers and seeking students, in batches, merged into one segment each.
        Console.WriteLine("Building the match indexes...");
        var started = Stopwatch.GetTimestamp();
        var indexes = new MatchIndexes(reference);
        var offerRows = DemoIndexRows.Offers(dataset).Where(row => row.Open).ToDictionary(row => row.Id);
        await MatchIndexLoader.LoadOffersAsync(indexes, offerRows.Values.ToAsyncEnumerable());
        await MatchIndexLoader.LoadStudentsAsync(indexes, DemoIndexRows.Students(dataset).Where(row => row.Seeking).ToAsyncEnumerable());
        results.Add("round_index_build_seconds", Stopwatch.GetElapsedTime(started).TotalSeconds, "0.0");
        results.Add("round_index_offers", indexes.Offers.Count);
        results.Add("round_index_students", indexes.Students.Count);

        // RankAll reads only the indexes; the candidate matcher's database source and repository serve its other
        // methods, so they get a data source that is never opened.
        await using var unused = NpgsqlDataSource.Create("Host=unused.invalid");
        var options = Options.Create(new MatchOptions());
        var clock = new FixedClock(today);
        // The matchers record their latency as a node does; nothing here listens.
        await using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        var data = new RoundData(
            indexes,
            new OfferMatcher(indexes, reference, new QualificationSuccessors(reference), options, clock, meters),
            new CandidateMatcher(indexes, new IndexSource(unused), new StudentRepository(unused), options, clock, meters),
            dataset.Students.Where(s => s.Status == "seeking").Select(BenchDatasets.ToStudent).ToDictionary(s => s.Id),
            offerRows);
        results.Add("round_heap_after_indexes_mb", ProcessMemory.ManagedHeapMegabytesAfterFullCollection(), "0");
        results.Add("round_rss_after_indexes_mb", ProcessMemory.ResidentMegabytes, "0");

        foreach (var (name, regions) in rounds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Console.WriteLine($"Round {name}: {(regions is null ? "every region" : string.Join(", ", regions))}, start {startFrom:yyyy-MM-dd} to {startUntil:yyyy-MM-dd}...");
            RoundMeasurement.Run(data, regions, startFrom, startUntil, results, $"round_{name}", cancellationToken);
        }
        return 0;
    }

    // "all" is every region; otherwise region codes joined by '+'.
    private static IReadOnlySet<string>? Regions(string round, ReferenceDataSet reference)
    {
        if (round == "all")
        {
            return null;
        }
        var codes = round.Split('+').ToHashSet(StringComparer.Ordinal);
        foreach (var code in codes.Where(c => reference.FindRegion(c) is null))
        {
            throw new ArgumentException($"Unknown region '{code}' in --rounds.");
        }
        return codes;
    }
}
