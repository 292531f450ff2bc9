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
        await IndexSynchronizer.LoadIndexAsync(indexes.Offers, source.OpenOffersAsync(cancellationToken), indexes.LoadOffers);
        var offers = Stopwatch.GetElapsedTime(started).TotalSeconds;
        started = Stopwatch.GetTimestamp();
        await IndexSynchronizer.LoadIndexAsync(indexes.Students, source.SeekingStudentsAsync(cancellationToken), indexes.LoadStudents);
        return (offers, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
