using Matching.Engine.Search;

namespace Matching.Engine.Index;

/// <summary>Tuning of a <see cref="SearchIndex"/>: segment sizes, merging and the default similarity.</summary>
public sealed class SearchIndexOptions
{
    /// <summary>How many segments of one size class are merged into one (Lucene's LogMergePolicy mergeFactor). Default 10.</summary>
    public int MergeFactor { get; init; } = 10;

    /// <summary>Merges of at most this many documents run on the writer's thread; larger ones in the background. Default 2,000.</summary>
    public int SynchronousMergeMaxDocs { get; init; } = 2_000;

    /// <summary>Whether large merges run in the background. When off, every merge runs on the writer's thread. Default on.</summary>
    public bool BackgroundMerges { get; init; } = true;

    /// <summary>A segment whose share of deleted documents passes this is rewritten without them. Default 0.3.</summary>
    public double MaxDeletedRatio { get; init; } = 0.3;

    /// <summary>Past this many segments the smallest adjacent run is merged whatever its sizes. Default 64.</summary>
    public int MaxSegmentCount { get; init; } = 64;

    /// <summary>A batch upsert writes segments of at most this many documents. Default 50,000.</summary>
    public int MaxBatchSegmentDocs { get; init; } = 50_000;

    /// <summary>The similarity <see cref="SearchIndex.Search"/> scores with. Default: BM25 with k1 = 1.2, b = 0.75.</summary>
    public Bm25Similarity Similarity { get; init; } = Bm25Similarity.Default;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MergeFactor, 2, nameof(MergeFactor));
        ArgumentOutOfRangeException.ThrowIfNegative(SynchronousMergeMaxDocs, nameof(SynchronousMergeMaxDocs));
        if (!(MaxDeletedRatio > 0 && MaxDeletedRatio <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDeletedRatio), MaxDeletedRatio, "Must be above 0 and at most 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSegmentCount, MergeFactor, nameof(MaxSegmentCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatchSegmentDocs, 1, nameof(MaxBatchSegmentDocs));
        ArgumentNullException.ThrowIfNull(Similarity, nameof(Similarity));
    }
}
