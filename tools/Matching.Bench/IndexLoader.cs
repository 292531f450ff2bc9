using System.Diagnostics;
using Matching.Api.Indexing;

namespace Matching.Bench;

// Builds both match indexes from the database in batches, as a node does at start-up (IndexSynchronizer).
internal static class IndexLoader
{
    private const int BatchSize = 20_000;

    public static async Task<(double OffersSeconds, double StudentsSeconds)> LoadAsync(MatchIndexes indexes, IndexSource source, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await LoadAsync(source.OpenOffersAsync(cancellationToken), indexes.LoadOffers);
        indexes.Offers.WaitForMerges();
        var offers = Stopwatch.GetElapsedTime(started).TotalSeconds;
        started = Stopwatch.GetTimestamp();
        await LoadAsync(source.SeekingStudentsAsync(cancellationToken), rows => indexes.Students.Upsert(rows.Select(indexes.ToDocument)));
        indexes.Students.WaitForMerges();
        return (offers, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private static async Task LoadAsync<T>(IAsyncEnumerable<T> rows, Action<List<T>> upsert)
    {
        var batch = new List<T>(BatchSize);
        await foreach (var row in rows)
        {
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                upsert(batch);
                batch.Clear();
            }
        }
        upsert(batch);
    }
}
