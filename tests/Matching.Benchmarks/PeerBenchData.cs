using System.Diagnostics;
using Lucene.Net.Store;
using Matching.Tests.LucenePeer;

namespace Matching.Benchmarks;

/// <summary>
/// The Lucene.Net comparison's corpus in both engines, one segment each, and its queries: built once per process and
/// shared by every case of <see cref="PeerBenchmarks"/> (the runs are in process).
/// </summary>
internal sealed class PeerBenchData
{
    public const int Documents = 100_000;
    public const int Seed = 2025;
    public const int QueriesPerShape = 100;
    public const int Top = 10;

    private static readonly Lazy<PeerBenchData> Shared = new(() => new PeerBenchData());

    private PeerBenchData()
    {
        var started = Stopwatch.GetTimestamp();
        Corpus = PeerCorpus.Generate(Documents, Seed);
        Generation = Stopwatch.GetElapsedTime(started);

        started = Stopwatch.GetTimestamp();
        Engine = new EngineCorpusIndex(Corpus, segmentDocs: Documents);
        EngineBuild = Stopwatch.GetElapsedTime(started);

        // Memory-mapped files, as Lucene recommends on 64-bit systems; the page cache keeps them in memory, as the
        // engine's index is.
        var path = Path.Combine(Path.GetTempPath(), $"matching-lucene-peer-{Environment.ProcessId}");
        started = Stopwatch.GetTimestamp();
        Lucene = new LuceneCorpusIndex(Corpus, new MMapDirectory(path), segmentDocs: Documents);
        LuceneBuild = Stopwatch.GetElapsedTime(started);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Lucene.Dispose();
            System.IO.Directory.Delete(path, recursive: true);
        };

        // The lower-bound shape asks plain BM25's very queries, so the two rows differ only in how the engine counts.
        var generator = new PeerQueryGenerator(Corpus, Seed + 1);
        var queries = new Dictionary<PeerShape, PeerQuery[]>();
        foreach (var shape in Enum.GetValues<PeerShape>())
        {
            queries[shape] = shape == PeerShape.PlainBm25LowerBoundTotals
                ? [.. queries[PeerShape.PlainBm25].Select(query => query with { Shape = shape })]
                : generator.Generate(shape, QueriesPerShape);
        }

        Workloads = queries.ToDictionary(pair => pair.Key, pair => new PeerWorkload(pair.Value, Engine, Lucene));
    }

    public static PeerBenchData Current => Shared.Value;

    public PeerCorpus Corpus { get; }

    public TimeSpan Generation { get; }

    public EngineCorpusIndex Engine { get; }

    public TimeSpan EngineBuild { get; }

    public LuceneCorpusIndex Lucene { get; }

    public TimeSpan LuceneBuild { get; }

    public IReadOnlyDictionary<PeerShape, PeerWorkload> Workloads { get; }
}
