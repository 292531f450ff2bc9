using Matching.Api.Reference;
using Matching.Demo;

namespace Matching.Benchmarks;

/// <summary>The size of the generated dataset: national (the targets) or a tenth of it for quick runs.</summary>
internal sealed record BenchScale(string Name, int Divisor)
{
    public const string EnvironmentVariable = "MATCHING_BENCH_SCALE";

    public static BenchScale National { get; } = new("national", 1);

    public static BenchScale Quick { get; } = new("quick", 10);

    // MATCHING_BENCH_SCALE=quick|national; national when unset.
    public static BenchScale Current => Environment.GetEnvironmentVariable(EnvironmentVariable)?.Trim().ToLowerInvariant() switch
    {
        null or "" or "national" => National,
        "quick" => Quick,
        var other => throw new InvalidOperationException($"{EnvironmentVariable} must be quick or national, not '{other}'."),
    };

    // The whole country: every labour-market region, 1,000,000 students, 250,000 offers, 100,000 companies.
    public DemoOptions Options(ReferenceDataSet reference) => new()
    {
        RegionCodes = [.. reference.Regions.Select(region => region.Code)],
        Schools = 1_000 / Divisor,
        Students = 1_000_000 / Divisor,
        Offers = 250_000 / Divisor,
        Companies = 100_000 / Divisor,
    };
}
