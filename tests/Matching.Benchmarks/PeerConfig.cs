using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Matching.Benchmarks;

/// <summary>
/// A short job for the Lucene.Net comparison: in process (both indexes are built once and shared by every case),
/// 3 warm-up and 7 measured iterations, each operation running all of a shape's queries once, timed by the thread's
/// CPU time where Linux gives it (<see cref="ThreadCpuBenchmarkClock"/>), else by the wall clock.
/// </summary>
public sealed class PeerConfig : ManualConfig
{
    public const int WarmupCount = 3;
    public const int IterationCount = 7;

    public static string ClockTitle => ThreadCpuBenchmarkClock.Instance.IsAvailable ? ThreadCpuBenchmarkClock.Instance.Title : "wall clock";

    public PeerConfig()
    {
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(WarmupCount).WithIterationCount(IterationCount);
        AddJob(ThreadCpuBenchmarkClock.Instance.IsAvailable ? job.WithClock(ThreadCpuBenchmarkClock.Instance) : job);
        // The default configuration already exports GitHub markdown; the shapes' names are longer than its columns.
        AddDiagnoser(MemoryDiagnoser.Default);
        WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(30));
    }
}
