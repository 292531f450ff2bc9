using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Indexing;

/// <summary>How a node follows the change sequence (configuration section "Indexing").</summary>
internal sealed class IndexingOptions
{
    public const string Section = "Indexing";

    /// <summary>How often the node polls the change sequence besides LISTEN/NOTIFY, the safety net for a missed notification.</summary>
    [Display(Name = $"{Section}:{nameof(PollIntervalMilliseconds)}")]
    [Range(10, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 500;
}
