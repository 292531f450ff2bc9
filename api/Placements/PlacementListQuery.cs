using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;

namespace Matching.Api.Placements;

public sealed class PlacementListQuery : PagedQuery
{
    public Guid? StudentId { get; set; }

    public Guid? OfferId { get; set; }

    [AllowedValues("proposed", "accepted", "active", "ended", "declined", "cancelled", null)]
    [Description("Only placements with this status.")]
    public string? Status { get; set; }
}
