using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;

namespace Matching.Api.Rounds;

public sealed class RoundListQuery : PagedQuery
{
    [AllowedValues("open", "proposed", "confirmed", "discarded", null)]
    [Description("Only rounds in this status.")]
    public string? Status { get; set; }

    [StringLength(100, MinimumLength = 1)]
    [Description("Only rounds that include this region.")]
    public string? Region { get; set; }
}
