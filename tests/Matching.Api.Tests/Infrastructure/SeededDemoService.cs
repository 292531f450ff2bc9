using System.Diagnostics;
using Matching.Tests;
using Matching.Tests.Service;
using Xunit.Abstractions;

namespace Matching.Api.Tests.Infrastructure;

/// <summary>The built service as a process as run.sh starts it: on a database the demo's seed command filled, the demo keys in a file.</summary>
internal static class SeededDemoService
{
    // settings: more of run.sh's settings, or other ones, over these.
    public static async Task<ServiceProcess> StartAsync(
        PostgresServer postgres, string keysFile, ITestOutputHelper output, IReadOnlyDictionary<string, string>? settings = null)
    {
        var started = Stopwatch.StartNew();
        var database = await postgres.CreateDatabaseAsync();
        await DemoSeed.SeedAsync(database, keysFile); // 3,000 students and 2,000 offers with twelve weeks of history
        output.WriteLine($"The demo was seeded in {started.Elapsed.TotalSeconds:0.0} s.");
        var all = new Dictionary<string, string> { ["Jobs:Enabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        var service = ServiceProcess.Start(database, all);
        try
        {
            await service.WaitUntilReadyAsync(TimeSpan.FromMinutes(5)); // the indexes of the whole demo
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
