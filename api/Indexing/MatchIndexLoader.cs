using System.Runtime;
using Matching.Engine.Index;

namespace Matching.Api.Indexing;

/// <summary>
/// The start-up load of the match indexes: rows in batches, then each index merged into one segment. A node loads its
/// indexes with it (<see cref="IndexSynchronizer"/>), and so do the bench tool and the engine benchmarks, so that what
/// they measure runs on the same index shape as the service's.
/// </summary>
internal static class MatchIndexLoader
{
    // Upserts this many rows at a time.
    public const int BatchSize = 20_000;

    // A full collection after this many batches. Each batch's rows and analysed documents outlive the collections of
    // young objects that run while its segment is built, so they die old, and the server GC lets that garbage grow to
    // several times the index before it collects it of its own accord: at national scale the node peaked at 2.0-2.2 GB
    // with 0.8 GB live. A full, non-compacting collection every four batches (80,000 rows) keeps the peak near 1.3 GB and
    // the load no slower (BENCHMARKS.md, the start-up figures).
    private const int BatchesPerCollection = 4;

    public static Task LoadOffersAsync(MatchIndexes indexes, IAsyncEnumerable<OfferIndexRow> rows) =>
        LoadAsync(indexes.Offers, rows, indexes.LoadOffers);

    public static Task LoadStudentsAsync(MatchIndexes indexes, IAsyncEnumerable<StudentIndexRow> rows) =>
        LoadAsync(indexes.Students, rows, indexes.LoadStudents);

    // Merges into one segment so that every query looks each term up once. The merge policy waits meanwhile: each
    // document is merged once rather than once per merge level. After a large load its garbage is released before the
    // merge and the merged-away segments after it, which keeps the peak down; a load that fits one batch leaves too
    // little garbage to be worth a full compacting collection.
    private static async Task LoadAsync<T>(SearchIndex index, IAsyncEnumerable<T> rows, Action<List<T>> upsert)
    {
        using (index.DeferMerges())
        {
            var large = await LoadInBatchesAsync(rows, upsert) > BatchSize;
            if (large)
            {
                ReleaseLoadGarbage();
            }
            index.ForceMerge();
            if (large)
            {
                ReleaseLoadGarbage();
            }
        }
    }

    // Hands the rows on BatchSize at a time and returns how many there were. (Reading the next batch while
    // indexing the last was measured no faster: indexing keeps both cores busy.)
    private static async Task<long> LoadInBatchesAsync<T>(IAsyncEnumerable<T> rows, Action<List<T>> upsert)
    {
        var batch = new List<T>(BatchSize);
        long count = 0;
        await foreach (var row in rows)
        {
            count++;
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                upsert(batch);
                batch.Clear();
                if (count % (BatchSize * BatchesPerCollection) == 0)
                {
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
                }
            }
        }
        upsert(batch);
        return count;
    }

    // The load's garbage (rows, analyzed documents, the segments merged away) is several times the size of the
    // indexes, and the GC keeps much of the memory it freed. An aggressive, compacting collection hands it back
    // to the operating system, so the node's resident memory is about what the indexes hold.
    private static void ReleaseLoadGarbage()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
