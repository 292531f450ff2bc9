using Matching.Api.Indexing;

namespace Matching.Benchmarks;

/// <summary>Loads rows into the indexes as the service's start-up does (IndexSynchronizer): in batches, then merged into one segment.</summary>
internal static class IndexLoader
{
    public static void LoadOffers(MatchIndexes indexes, IReadOnlyList<OfferIndexRow> rows)
    {
        foreach (var batch in rows.Chunk(IndexSynchronizer.LoadBatchSize))
        {
            indexes.LoadOffers(batch);
        }

        indexes.Offers.ForceMerge();
    }

    public static void LoadStudents(MatchIndexes indexes, IReadOnlyList<StudentIndexRow> rows)
    {
        foreach (var batch in rows.Chunk(IndexSynchronizer.LoadBatchSize))
        {
            indexes.LoadStudents(batch);
        }

        indexes.Students.ForceMerge();
    }
}
