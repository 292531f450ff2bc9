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
        var today = Date(arguments, "today", DefaultToday);
        var startFrom = Date(arguments, "start-from", new DateOnly(2027, 1, 1));
        var startUntil = Date(arguments, "start-until", new DateOnly(2027, 6, 30));
        var reference = ReferenceDataSet.LoadEmbedded();
        var rounds = arguments.Get("rounds", "rijnmond,all").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(round => (Name: round.Replace('+', '_'), Regions: Regions(round, reference)))
            .ToList();

        Console.WriteLine($"Generating the {scale} dataset in memory (today {today:yyyy-MM-dd})...");
        var started = Stopwatch.GetTimestamp();
        var dataset = Generate(scale, reference, today);
        results.Add("round_dataset_scale", scale);
        results.Add("round_dataset_today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        results.Add("round_dataset_students", dataset.Students.Count);
        results.Add("round_dataset_offers", dataset.Offers.Count);
        results.Add("round_generate_seconds", Stopwatch.GetElapsedTime(started).TotalSeconds, "0.0");

        // As a node's start-up load: open offers and seeking students, in batches, merged into one segment each.
        Console.WriteLine("Building the match indexes...");
        started = Stopwatch.GetTimestamp();
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
            dataset.Students.Where(s => s.Status == "seeking").Select(ToStudent).ToDictionary(s => s.Id),
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

    // The same datasets as generate (national, quick) and the demo node's (run.sh), which adds the documentation's example pair.
    public static DemoDataset Generate(string scale, ReferenceDataSet reference, DateOnly today)
    {
        if (scale == "demo")
        {
            var options = new DemoOptions { Today = today };
            return DemoExamplePair.AddTo(DemoDataGenerator.Generate(reference, options), reference, today);
        }
        return DemoDataGenerator.Generate(reference, DatasetScale.Options(scale, reference, today));
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

    public static DateOnly Date(BenchArguments arguments, string name, DateOnly fallback) =>
        arguments.Optional(name) is { } value ? DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : fallback;

    // As StudentRepository reads the row DemoDatasetWriter wrote.
    public static Student ToStudent(DemoStudent s) => new(
        s.Id, s.SchoolBrin, s.ExternalRef, s.Crebo, s.Level, s.LearningPath, s.Pc4, s.MaxDistanceKm, s.AvailableFrom, s.AvailableUntil,
        s.HoursPerWeek, s.PreferredSectors, s.FreeText, s.Languages, s.Status, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
