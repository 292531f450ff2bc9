using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Matching.Benchmarks;

// dotnet run -c Release --project tests/Matching.Benchmarks -- [--quick] [--filter '*'] [--latency-only | --no-latency] [--peer]
//   --quick          the 1/10 dataset (same as MATCHING_BENCH_SCALE=quick)
//   --latency-only   skip BenchmarkDotNet; only the per-query percentiles and the index memory
//   --no-latency     only BenchmarkDotNet
//   --peer           only the comparison with Lucene.Net (PeerBenchmarks, its own corpus), written to lucene-peer.md
//   --peer-loop S    only the engine on peer shape S (e.g. BooleanMix), CPU time a query in 8 rounds; with
//                    --per-query, then each query's own time (best of 5 runs of 100) and the slowest listed
//   --latency-loop O only operation O of the latency harness (match, candidates, search or search-filters), its
//                    percentiles in 6 rounds: a quick A/B of two checkouts on the national dataset; with --per-query,
//                    then each query's own time (best of 3 runs), their percentiles and the slowest listed; with
//                    --allocations, also what the rounds after the first allocate, by type
// Other arguments go to BenchmarkDotNet. Without a --filter every benchmark but the Lucene.Net comparison runs (bench.sh
// runs that as a step of its own), so nothing asks for input.
// --peer-loop <shape>: the engine's queries of one peer shape, 8 rounds of 200 each, and the thread's CPU time a query per
// round: a quick A/B of two checkouts, or a steady load to profile (dotnet-trace), without BenchmarkDotNet.
if (Array.IndexOf(args, "--peer-loop") is var loopAt and >= 0 && loopAt + 1 < args.Length)
{
    PeerLoop.Run(Enum.Parse<Matching.Tests.LucenePeer.PeerShape>(args[loopAt + 1]), perQuery: args.Contains("--per-query"));
    return;
}

if (Array.IndexOf(args, "--latency-loop") is var latencyAt and >= 0 && latencyAt + 1 < args.Length)
{
    LatencyLoop.Run(args[latencyAt + 1], perQuery: args.Contains("--per-query"), allocations: args.Contains("--allocations"));
    return;
}

string[] own = ["--quick", "--latency-only", "--no-latency", "--peer"];
if (args.Contains("--quick"))
{
    Environment.SetEnvironmentVariable(BenchScale.EnvironmentVariable, "quick");
}

var peer = args.Contains("--peer");
var benchmarkArgs = args.Where(arg => !own.Contains(arg)).ToArray();
if (!benchmarkArgs.Any(arg => arg is "--filter" or "-f" || arg.StartsWith("--filter=", StringComparison.Ordinal)))
{
    var types = peer ? [typeof(PeerBenchmarks)] : typeof(BenchConfig).Assembly.GetTypes()
        .Where(type => type != typeof(PeerBenchmarks) && type.GetMethods().Any(method => method.IsDefined(typeof(BenchmarkAttribute), false)));
    benchmarkArgs = [.. benchmarkArgs, "--filter", .. types.Select(type => $"*.{type.Name}.*")];
}

var resultsDirectory = Path.Combine(DefaultConfig.Instance.ArtifactsPath, "results");
if (!args.Contains("--latency-only"))
{
    var loadBefore = LatencyHarness.LoadAverage();
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(benchmarkArgs);
    PeerReport.WriteIfRan(summaries, resultsDirectory, $"dotnet run -c Release --project tests/Matching.Benchmarks -- {string.Join(' ', args)}", loadBefore);
}

if (!args.Contains("--no-latency") && !peer)
{
    LatencyHarness.Run(resultsDirectory);
}
