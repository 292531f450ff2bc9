using System.Diagnostics;
using Matching.Api.Data;
using Matching.Api.Reference;
using Matching.Demo;
using Npgsql;

namespace Matching.Bench;

// generate --scale national|quick --connection <npgsql>: migrates an empty database as a node would, then
// generates the dataset and loads it with binary COPY in one transaction, so a run that stops halfway leaves nothing.
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var scale = arguments.Required("scale");
        var results = new ResultsFile(arguments.Optional("results"));
        await using var app = BenchServices.Build(arguments.Required("connection"));
        var reference = app.Services.GetRequiredService<ReferenceDataSet>();
        var today = DateOnly.Parse(arguments.Get("today", DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd")), System.Globalization.CultureInfo.InvariantCulture);
        var options = DatasetScale.Options(scale, reference, today);

        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var check = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM students) OR EXISTS (SELECT 1 FROM offers)", connection))
        {
            if ((bool)(await check.ExecuteScalarAsync(cancellationToken))!)
            {
                Console.Error.WriteLine("The database already holds students or offers; load the dataset into an empty database.");
                return 3;
            }
        }

        Console.WriteLine($"Generating the {scale} dataset: {options.Students:N0} students, {options.Offers:N0} offers, {options.Companies:N0} companies, " +
            $"{options.RegionCodes.Count} regions, today {today:yyyy-MM-dd}");
        var watch = Stopwatch.StartNew();
        var dataset = DemoDataGenerator.Generate(reference, options);
        var generateSeconds = watch.Elapsed.TotalSeconds;

        watch.Restart();
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await DemoDatasetWriter.WriteAsync(connection, dataset, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        var loadSeconds = watch.Elapsed.TotalSeconds;

        watch.Restart();
        await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 0 })
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }
        var analyzeSeconds = watch.Elapsed.TotalSeconds;

        results.Add("dataset_scale", scale);
        results.Add("dataset_students", dataset.Students.Count);
        results.Add("dataset_offers", dataset.Offers.Count);
        results.Add("dataset_companies", dataset.Companies.Count);
        results.Add("dataset_accreditations", dataset.Accreditations.Count);
        results.Add("dataset_schools", dataset.Schools.Count);
        results.Add("generate_seconds", generateSeconds, "0.0");
        results.Add("load_seconds", loadSeconds, "0.0");
        results.Add("analyze_seconds", analyzeSeconds, "0.0");
        DatasetCoverage.Report(dataset, reference, results);
        return 0;
    }
}
