using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Matching.Benchmarks;

// dotnet run -c Release --project tests/Matching.Benchmarks -- [--quick] [--filter '*'] [--latency-only | --no-latency]
//   --quick          the 1/10 dataset (same as MATCHING_BENCH_SCALE=quick)
//   --latency-only   skip BenchmarkDotNet; only the per-query percentiles and the index memory
//   --no-latency     only BenchmarkDotNet
// Other arguments go to BenchmarkDotNet; without a --filter every benchmark runs, so nothing asks for input.
string[] own = ["--quick", "--latency-only", "--no-latency"];
if (args.Contains("--quick"))
{
    Environment.SetEnvironmentVariable(BenchScale.EnvironmentVariable, "quick");
}

var benchmarkArgs = args.Where(arg => !own.Contains(arg)).ToArray();
if (!benchmarkArgs.Any(arg => arg is "--filter" or "-f" || arg.StartsWith("--filter=", StringComparison.Ordinal)))
{
    benchmarkArgs = [.. benchmarkArgs, "--filter", "*"];
}

var resultsDirectory = Path.Combine(DefaultConfig.Instance.ArtifactsPath, "results");
if (!args.Contains("--latency-only"))
{
    BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(benchmarkArgs);
}

if (!args.Contains("--no-latency"))
{
    LatencyHarness.Run(resultsDirectory);
}
