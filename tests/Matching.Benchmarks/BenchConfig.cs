using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Matching.Benchmarks;

/// <summary>
/// In-process runs (the generated dataset is shared by every benchmark instead of regenerated per process),
/// the memory diagnoser, and p50/p95/p99 columns next to the mean; results as GitHub markdown.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99));
        AddExporter(MarkdownExporter.GitHub);
    }
}
