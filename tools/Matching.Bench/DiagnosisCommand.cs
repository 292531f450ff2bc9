using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Matching.Demo;
using Matching.Api.Diagnosis;
using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Api.Reference;
using Matching.Api.Students;
using Matching.Benchmarks;
using Microsoft.Extensions.Options;

namespace Matching.Bench;

// diagnosis --scale national|quick|demo [--students 10000] [--seed 5]: the match diagnosis (GET
// /v1/students/{id}/matches/diagnosis) of a seeded sample of seeking students, on the generated dataset's offer index
// held in memory, in requests of 500 on one thread as POST /v1/matches/diagnosis/batch makes them (without the database
// read of the students). Each diagnosis's eligible count is then checked against the match's total for the student.
internal static class DiagnosisCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var results = new ResultsFile(arguments.Optional("results"));
        var scale = arguments.Get("scale", "national");
        var today = BenchDatasets.Date(arguments, "today", new DemoOptions().Today);
        var wanted = arguments.Get("students", 10_000);
        var seed = arguments.Get("seed", 5);
        var reference = ReferenceDataSet.Embedded;

        var dataset = BenchDatasets.Generate(scale, reference, today, results, "diagnosis");

        // A diagnosis reads the offer index only; it is built as a node's start-up builds it.
        Console.WriteLine("Building the offer index...");
        var started = Stopwatch.GetTimestamp();
        var indexes = new MatchIndexes(reference);
        await MatchIndexLoader.LoadOffersAsync(indexes, DemoIndexRows.Offers(dataset).Where(row => row.Open).ToAsyncEnumerable());
        results.Add("diagnosis_index_build_seconds", Stopwatch.GetElapsedTime(started).TotalSeconds, "0.0");
        results.Add("diagnosis_index_offers", indexes.Offers.Count);

        var options = Options.Create(new MatchOptions());
        var clock = new FixedClock(today);
        var successors = new QualificationSuccessors(reference);
        await using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        var matcher = new OfferMatcher(indexes, reference, successors, options, clock, meters);
        var diagnoser = new MatchDiagnoser(indexes, matcher, reference, successors, options, clock, meters);

        var random = new Random(seed);
        var sample = dataset.Students.Where(s => s.Status == "seeking").Select(BenchDatasets.ToStudent).ToArray();
        random.Shuffle(sample);
        var students = sample.Take(wanted).ToArray();
        results.Add("diagnosis_students", students.Length);

        // Warm-up: one request's worth, so that the measured ones run jitted code.
        foreach (var student in students.Take(BatchDiagnosisRequest.MaxStudents))
        {
            diagnoser.Diagnose(student);
        }

        Console.WriteLine($"Diagnosing {students.Length} students in requests of {BatchDiagnosisRequest.MaxStudents}...");
        var wall = new LatencySample();
        var cpu = new List<double>(students.Length);
        var requests = new LatencySample();
        var diagnoses = new MatchDiagnosis[students.Length];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var first = 0; first < students.Length; first += BatchDiagnosisRequest.MaxStudents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = Stopwatch.GetTimestamp();
            for (var i = first; i < Math.Min(students.Length, first + BatchDiagnosisRequest.MaxStudents); i++)
            {
                var cpuStarted = ThreadCpuClock.Nanoseconds();
                var one = Stopwatch.GetTimestamp();
                diagnoses[i] = diagnoser.Diagnose(students[i]);
                wall.Add(one);
                cpu.Add((ThreadCpuClock.Nanoseconds() - cpuStarted) / 1e6);
            }
            requests.Add(request);
        }
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        results.Add("diagnosis_wall_p50_ms", wall.Percentile(50));
        results.Add("diagnosis_wall_p99_ms", wall.Percentile(99));
        results.Add("diagnosis_wall_max_ms", wall.Percentile(100));
        results.Add("diagnosis_wall_mean_ms", wall.Mean);
        results.Add("diagnosis_thread_cpu_mean_ms", cpu.Average());
        results.Add("diagnosis_thread_cpu_p99_ms", Percentile(cpu, 99));
        results.Add("diagnosis_requests", requests.Count);
        results.Add("diagnosis_request_of_500_p50_ms", requests.Percentile(50), "0.0");
        results.Add("diagnosis_request_of_500_max_ms", requests.Percentile(100), "0.0");
        results.Add("diagnosis_allocated_kb_per_student", allocated / 1024.0 / students.Length, "0.0");

        var naming = diagnoses.Select(d => d.OpenOffers - d.Rules[0].RuledOut).ToArray();
        results.Add("diagnosis_offers_naming_the_crebo_mean", naming.Average(), "0.0");
        results.Add("diagnosis_offers_naming_the_crebo_max", naming.Max());
        results.Add("diagnosis_eligible_mean", diagnoses.Average(d => d.Eligible), "0.0");
        results.Add("diagnosis_students_without_eligible", diagnoses.Count(d => d.Eligible == 0));
        foreach (var kind in new[] { DiagnosisRelaxations.Distance, DiagnosisRelaxations.LaterAvailability, DiagnosisRelaxations.LearningPath, DiagnosisRelaxations.Successor })
        {
            var found = diagnoses.Select(d => d.Relaxations.FirstOrDefault(r => r.Kind == kind)).Where(r => r is not null).ToList();
            results.Add($"diagnosis_relaxation_{kind}_applies", found.Count);
            results.Add($"diagnosis_relaxation_{kind}_adds_offers", found.Count(r => r!.Count > 0));
        }

        // The same eligibility as the match: the diagnosis's eligible count is the match's total, student by student.
        Console.WriteLine("Checking every diagnosis against the student's match...");
        var matches = new LatencySample();
        var mismatches = 0;
        for (var i = 0; i < students.Length; i++)
        {
            var one = Stopwatch.GetTimestamp();
            var total = matcher.Match(students[i], new MatchQuery { Limit = 20 }).Total;
            matches.Add(one);
            if (total != diagnoses[i].Eligible)
            {
                mismatches++;
                Console.Error.WriteLine($"  student {students[i].Id}: the match has {total} offers, the diagnosis {diagnoses[i].Eligible} eligible");
            }
        }
        results.Add("diagnosis_mismatches", mismatches);
        results.Add("diagnosis_match_wall_p50_ms", matches.Percentile(50));
        results.Add("diagnosis_match_wall_mean_ms", matches.Mean);
        return mismatches == 0 ? 0 : 1;
    }

    private static double Percentile(List<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
