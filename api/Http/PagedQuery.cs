using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Http;

/// <summary>Offset pagination, the base of every list endpoint's query parameters.</summary>
public abstract class PagedQuery
{
    public const int MaxLimit = 200;
    public const int DefaultLimit = 50;

    [Range(1, MaxLimit)]
    [Description("Page size, 1 to 200 (default 50).")]
    public int? Limit { get; set; }

    [Range(0, 10_000_000)]
    [Description("How many matching items to skip (default 0).")]
    public int? Offset { get; set; }

    public int Take => Limit ?? DefaultLimit;

    public int Skip => Offset ?? 0;
}
