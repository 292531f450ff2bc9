using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Indexing;

/// <summary>How a node loads its match indexes, keeps snapshots of them and follows the change sequence (configuration section "Indexing").</summary>
internal sealed class IndexingOptions
{
    public const string Section = "Indexing";

    /// <summary>How often the node polls the change sequence besides LISTEN/NOTIFY, the safety net for a missed notification.</summary>
    [Display(Name = $"{Section}:{nameof(PollIntervalMilliseconds)}")]
    [Range(10, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 500;

    /// <summary>
    /// The folder (one per node; relative to the working directory) where the node keeps a snapshot of its indexes, to
    /// start from instead of rebuilding them from the database; empty: no snapshot is written or read.
    /// </summary>
    public string SnapshotDirectory { get; set; } = "";

    /// <summary>
    /// A snapshot this many changes or more behind the change sequence is not used: the node catches up with about 8,000
    /// changes a second, so past this a rebuild (about 30 s at national scale) is faster.
    /// </summary>
    [Display(Name = $"{Section}:{nameof(SnapshotMaxChangesBehind)}")]
    [Range(0, int.MaxValue)]
    public int SnapshotMaxChangesBehind { get; set; } = 200_000;

    /// <summary>The shortest time between two snapshots while the indexes change (one is also written after a rebuild and at shutdown).</summary>
    [Display(Name = $"{Section}:{nameof(SnapshotIntervalMinutes)}")]
    [Range(1, 1440)]
    public int SnapshotIntervalMinutes { get; set; } = 10;

    /// <summary>
    /// How many students a node keeps in memory for the requests that read one; 0: every such request
    /// reads the student's row.
    /// </summary>
    [Display(Name = $"{Section}:{nameof(StudentCacheSize)}")]
    [Range(0, 10_000_000)]
    public int StudentCacheSize { get; set; } = 20_000;
}
