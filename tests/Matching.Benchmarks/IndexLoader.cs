using Matching.Api.Indexing;

namespace Matching.Benchmarks;

/// <summary>Loads rows into the indexes as the service's start-up does (IndexSynchronizer): in batches, then merged into one segment.</summary>
internal static class IndexLoader
{
    public static void LoadOffers(MatchIndexes indexes, IReadOnlyList<OfferIndexRow> rows) =>
        IndexSynchronizer.LoadIndexAsync(indexes.Offers, rows.ToAsyncEnumerable(), indexes.LoadOffers).GetAwaiter().GetResult();

    public static void LoadStudents(MatchIndexes indexes, IReadOnlyList<StudentIndexRow> rows) =>
        IndexSynchronizer.LoadIndexAsync(indexes.Students, rows.ToAsyncEnumerable(), indexes.LoadStudents).GetAwaiter().GetResult();
}
