using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Matching.Benchmarks;

/// <summary>
/// A short job for the Lucene.Net comparison: in process (both indexes are built once and shared by every case),
/// 3 warm-up and 7 measured iterations, each operation running all of a shape's queries once.
/// </summary>
public sealed class PeerConfig : ManualConfig
{
    public const int WarmupCount = 3;
    public const int IterationCount = 7;

    public PeerConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(WarmupCount).WithIterationCount(IterationCount));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddExporter(MarkdownExporter.GitHub);
    }
}
