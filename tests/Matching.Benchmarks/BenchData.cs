using System.Diagnostics;
using Matching.Api.Indexing;
using Matching.Api.Reference;
using Matching.Demo;

namespace Matching.Benchmarks;

/// <summary>
/// The generated dataset as the rows the service's indexes load (what <see cref="IndexSource"/> would read after
/// the dataset was written to PostgreSQL), generated once per process and shared by every benchmark.
/// </summary>
internal sealed class BenchData
{
    private static readonly Lock Gate = new();
    private static BenchData? _current;
    private MatchIndexes? _indexes;

    private BenchData(BenchScale scale, ReferenceDataSet reference, DemoDataset dataset, TimeSpan generation)
    {
        Scale = scale;
        Reference = reference;
        Dataset = dataset;
        Today = scale.Options(reference).Today;
        // As the start-up load: open offers and seeking students only.
        OfferRows = [.. DemoIndexRows.Offers(dataset).Where(row => row.Open)];
        StudentRows = [.. DemoIndexRows.Students(dataset).Where(row => row.Seeking)];
        Generation = generation;
    }

    public BenchScale Scale { get; }

    public ReferenceDataSet Reference { get; }

    public DemoDataset Dataset { get; }

    public DateOnly Today { get; }

    public OfferIndexRow[] OfferRows { get; }

    public StudentIndexRow[] StudentRows { get; }

    public TimeSpan Generation { get; }

    public static BenchData Current
    {
        get
        {
            lock (Gate)
            {
                if (_current is null || _current.Scale != BenchScale.Current)
                {
                    _current = null;
                    var reference = ReferenceDataSet.Embedded;
                    var started = Stopwatch.GetTimestamp();
                    var dataset = DemoDataGenerator.Generate(reference, BenchScale.Current.Options(reference));
                    _current = new BenchData(BenchScale.Current, reference, dataset, Stopwatch.GetElapsedTime(started));
                }

                return _current;
            }
        }
    }

    // Both indexes over the whole dataset, built once and kept for the query benchmarks.
    public MatchIndexes Indexes
    {
        get
        {
            lock (Gate)
            {
                return _indexes ??= BuildIndexes();
            }
        }
    }

    public MatchIndexes BuildIndexes()
    {
        var indexes = new MatchIndexes(Reference);
        MatchIndexLoader.LoadOffersAsync(indexes, OfferRows.ToAsyncEnumerable()).GetAwaiter().GetResult();
        MatchIndexLoader.LoadStudentsAsync(indexes, StudentRows.ToAsyncEnumerable()).GetAwaiter().GetResult();
        return indexes;
    }

    // Lets a caller measure a build of its own without the shared indexes on the heap.
    public void ForgetIndexes()
    {
        lock (Gate)
        {
            _indexes = null;
        }
    }

    public void KeepIndexes(MatchIndexes indexes)
    {
        lock (Gate)
        {
            _indexes = indexes;
        }
    }
}
