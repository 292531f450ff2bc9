using System.Diagnostics;
using System.Globalization;
using Matching.Api.Reference;
using Matching.Api.Students;
using Matching.Demo;

namespace Matching.Bench;

// The generated datasets the in-memory commands (round, diagnosis) run on, and how they read their rows.
internal static class BenchDatasets
{
    // Generates the scale's dataset and records its size and generation time under the command's prefix.
    public static DemoDataset Generate(string scale, ReferenceDataSet reference, DateOnly today, ResultsFile results, string prefix)
    {
        Console.WriteLine($"Generating the {scale} dataset in memory (today {today:yyyy-MM-dd})...");
        var started = Stopwatch.GetTimestamp();
        var dataset = Generate(scale, reference, today);
        results.Add($"{prefix}_dataset_scale", scale);
        results.Add($"{prefix}_dataset_today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        results.Add($"{prefix}_dataset_students", dataset.Students.Count);
        results.Add($"{prefix}_dataset_offers", dataset.Offers.Count);
        results.Add($"{prefix}_generate_seconds", Stopwatch.GetElapsedTime(started).TotalSeconds, "0.0");
        return dataset;
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


    public static DateOnly Date(BenchArguments arguments, string name, DateOnly fallback) =>
        arguments.Optional(name) is { } value ? DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : fallback;

    // As StudentRepository reads the row DemoDatasetWriter wrote.
    public static Student ToStudent(DemoStudent s) => new(
        s.Id, s.SchoolBrin, s.ExternalRef, s.Crebo, s.Level, s.LearningPath, s.Pc4, s.MaxDistanceKm, s.AvailableFrom, s.AvailableUntil,
        s.HoursPerWeek, s.PreferredSectors, s.FreeText, s.Languages, s.Status, 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
