using System.Diagnostics;
using Matching.Tests;
using Matching.Tests.Service;
using Xunit.Abstractions;

namespace Matching.Api.Tests.Infrastructure;

/// <summary>The built service as a process with run.sh's setting: the demo data seeded into an empty database, the demo keys in a file.</summary>
internal static class SeededDemoService
{
    // settings: more of run.sh's settings, or other ones, over these.
    public static async Task<ServiceProcess> StartAsync(
        PostgresServer postgres, string keysFile, ITestOutputHelper output, IReadOnlyDictionary<string, string>? settings = null)
    {
        var started = Stopwatch.StartNew();
        var all = new Dictionary<string, string>
        {
            ["Demo:Seed"] = "true",
            ["Demo:KeysFile"] = keysFile,
            ["Jobs:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        var service = ServiceProcess.Start(await postgres.CreateDatabaseAsync(), all);
        try
        {
            await service.WaitUntilReadyAsync(TimeSpan.FromMinutes(5)); // seeding 3,000 students and 2,000 offers, then the indexes
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
        output.WriteLine($"The service was seeded and ready in {started.Elapsed.TotalSeconds:0.0} s.");
        return service;
    }
}
