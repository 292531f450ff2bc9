using System.Diagnostics;
using Matching.Api.Indexing;

namespace Matching.Bench;

// Builds both match indexes from the database in batches and merges each into one segment, as a node does at start-up
// (IndexSynchronizer), so that the queries measured run on the same index shape as the service's.
internal static class IndexLoader
{
    public static async Task<(double OffersSeconds, double StudentsSeconds)> LoadAsync(MatchIndexes indexes, IndexSource source, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await LoadAsync(source.OpenOffersAsync(cancellationToken), indexes.LoadOffers);
        indexes.Offers.ForceMerge();
        var offers = Stopwatch.GetElapsedTime(started).TotalSeconds;
        started = Stopwatch.GetTimestamp();
        await LoadAsync(source.SeekingStudentsAsync(cancellationToken), rows => indexes.Students.Upsert(rows.Select(indexes.ToDocument)));
        indexes.Students.ForceMerge();
        return (offers, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private static async Task LoadAsync<T>(IAsyncEnumerable<T> rows, Action<List<T>> upsert)
    {
        var batch = new List<T>(IndexSynchronizer.LoadBatchSize);
        await foreach (var row in rows)
        {
            batch.Add(row);
            if (batch.Count == IndexSynchronizer.LoadBatchSize)
            {
                upsert(batch);
                batch.Clear();
            }
        }
        upsert(batch);
    }
}
