using System.Diagnostics;
using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Api.Reference;
using Matching.Api.Students;
using Matching.Engine.Search;
using Npgsql;

namespace Matching.Bench;

// compare --connection <npgsql>: builds the match indexes from the database as a node does, draws a seeded random
// sample of seeking students, times the match (offers for a student) in process on one thread, then times the
// PostgreSQL baseline on the first students of the same sample and checks that both find the same eligible offers.
internal static class CompareCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var results = new ResultsFile(arguments.Optional("results"));
        var sampleSize = arguments.Get("students", 10_000);
        var baselineSize = Math.Min(sampleSize, arguments.Get("baseline-students", 1_000));
        await using var app = BenchServices.Build(arguments.Required("connection"));
        var indexes = app.Services.GetRequiredService<MatchIndexes>();
        var reference = app.Services.GetRequiredService<ReferenceDataSet>();
        var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        Console.WriteLine("Building the match indexes from the database...");
        var source = app.Services.GetRequiredService<IndexSource>();
        var loading = Stopwatch.GetTimestamp();
        await MatchIndexLoader.LoadOffersAsync(indexes, source.OpenOffersAsync(cancellationToken));
        var offersSeconds = Stopwatch.GetElapsedTime(loading).TotalSeconds;
        loading = Stopwatch.GetTimestamp();
        await MatchIndexLoader.LoadStudentsAsync(indexes, source.SeekingStudentsAsync(cancellationToken));
        var studentsSeconds = Stopwatch.GetElapsedTime(loading).TotalSeconds;
        results.Add("index_offers", indexes.Offers.Count);
        results.Add("index_students", indexes.Students.Count);
        results.Add("index_build_offers_seconds", offersSeconds, "0.0");
        results.Add("index_build_students_seconds", studentsSeconds, "0.0");
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        results.Add("managed_heap_mb_after_build", GC.GetTotalMemory(forceFullCollection: true) / 1048576.0, "0");

        var students = await SampleAsync(dataSource, app.Services.GetRequiredService<StudentRepository>(), sampleSize, arguments.Get("seed", 5), cancellationToken);
        if (arguments.Optional("ids-out") is { } idsFile)
        {
            await File.WriteAllLinesAsync(idsFile, students.Select(s => s.Id.ToString()), cancellationToken);
        }
        string TextOf(Student s) => $"{(reference.TryGetQualification(s.Crebo, out var q) ? q.Name : "")} {s.FreeText}";
        var options = new MatchOptions();
        SearchRequest RequestFor(Student s, int limit) =>
            OfferMatchQueries.ForStudent(indexes.Offers.Snapshot(), s, reference.TryGetQualification(s.Crebo, out var q) ? q.Name : "", indexes.LocationOf(s.Pc4), today, new MatchQuery { Limit = limit }, options);
        // The baseline's period filter is the engine's: the offer must overlap the availability by the minimum.
        Student Overlapping(Student s) => s with
        {
            AvailableFrom = OfferMatchQueries.Later(s.AvailableFrom, today).AddDays(options.MinimumOverlapDays),
            AvailableUntil = s.AvailableUntil?.AddDays(-options.MinimumOverlapDays),
        };

        // The first page of 20, as GET /v1/students/{id}/matches answers by default; one warm-up pass first.
        var engine = new LatencySample();
        long engineHits = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var student in students)
            {
                var started = Stopwatch.GetTimestamp();
                var found = indexes.Offers.Search(RequestFor(student, 20));
                if (pass == 1)
                {
                    engine.Add(started);
                    engineHits += found.TotalHits;
                }
            }
        }
        results.Add("sample_students", students.Count);
        results.Add("engine_match_p50_ms", engine.Percentile(50), "0.000");
        results.Add("engine_match_p99_ms", engine.Percentile(99), "0.000");
        results.Add("engine_match_mean_ms", engine.Mean, "0.000");
        results.Add("engine_mean_eligible", (double)engineHits / Math.Max(1, students.Count), "0.0");

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        Console.WriteLine("Preparing the PostgreSQL baseline (tsvector column and GIN index)...");
        results.Add("baseline_setup_seconds", await PostgresBaseline.PrepareTablesAsync(connection, cancellationToken), "0.0");
        await using var baseline = new PostgresBaseline(connection);
        var subset = students.Take(baselineSize).ToList();
        var postgres = new LatencySample();
        for (var pass = 0; pass < 2; pass++)
        {
            // A short warm-up (plan cache, buffers), then every student of the subset once.
            foreach (var student in pass == 0 ? subset.Take(50) : subset)
            {
                var started = Stopwatch.GetTimestamp();
                await baseline.MatchAsync(Overlapping(student), TextOf(student), indexes.LocationOf(student.Pc4), 20, cancellationToken);
                if (pass == 1)
                {
                    postgres.Add(started);
                }
            }
        }
        var engineSubset = engine.Take(subset.Count);
        results.Add("baseline_students", subset.Count);
        results.Add("baseline_match_p50_ms", postgres.Percentile(50), "0.000");
        results.Add("baseline_match_p99_ms", postgres.Percentile(99), "0.000");
        results.Add("baseline_match_mean_ms", postgres.Mean, "0.000");
        results.Add("engine_subset_p50_ms", engineSubset.Percentile(50), "0.000");
        results.Add("engine_subset_p99_ms", engineSubset.Percentile(99), "0.000");
        results.Add("ratio_p50", postgres.Percentile(50) / engineSubset.Percentile(50), "0.0");
        results.Add("ratio_p99", postgres.Percentile(99) / engineSubset.Percentile(99), "0.0");

        // Same eligible set: every offer id either finds, ignoring order, for every student of the subset.
        var mismatches = 0;
        var unchecked_ = 0;
        foreach (var student in subset)
        {
            var ours = indexes.Offers.Search(RequestFor(student, SearchRequest.MaxWindow));
            if (ours.TotalHits > SearchRequest.MaxWindow)
            {
                unchecked_++;
                continue;
            }
            var theirs = await baseline.MatchAsync(Overlapping(student), TextOf(student), indexes.LocationOf(student.Pc4), null, cancellationToken);
            var engineIds = ours.Hits.Select(h => h.Id).ToHashSet();
            if (!engineIds.SetEquals(theirs.Ids))
            {
                if (mismatches++ < 5)
                {
                    Console.WriteLine($"  mismatch for student {student.Id}: engine {engineIds.Count}, PostgreSQL {theirs.Ids.Count}, " +
                        $"only engine {engineIds.Except(theirs.Ids).Count()}, only PostgreSQL {theirs.Ids.Except(engineIds).Count()}");
                }
            }
        }
        results.Add("eligible_checked", subset.Count - unchecked_);
        results.Add("eligible_mismatches", mismatches);
        results.Add("eligible_unchecked", unchecked_);
        return 0;
    }

    // A seeded random sample of seeking students: the same students for the engine, the baseline and wrk.
    private static async Task<List<Student>> SampleAsync(
        NpgsqlDataSource dataSource, StudentRepository repository, int size, int seed, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        await using (var command = dataSource.CreateCommand("SELECT id FROM students WHERE status = 'seeking' ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
            }
        }
        var random = new Random(seed);
        var count = Math.Min(size, ids.Count);
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, ids.Count);
            (ids[i], ids[j]) = (ids[j], ids[i]);
        }
        var picked = ids.Take(count).ToList();
        var students = new List<Student>(count);
        foreach (var chunk in picked.Chunk(1_000))
        {
            var found = await repository.FindManyAsync(chunk, cancellationToken);
            students.AddRange(chunk.Select(id => found[id]));
        }
        return students;
    }
}
