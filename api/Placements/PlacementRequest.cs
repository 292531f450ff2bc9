using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Matching.Api.Placements;

/// <summary>A school proposes one of its students for an offer.</summary>
public sealed record PlacementRequest
{
    [Required]
    public required Guid StudentId { get; init; }

    [Required]
    public required Guid OfferId { get; init; }

    [Description("First day of the placement; the later of the offer's start and the student's availability when absent.")]
    public DateOnly? StartDate { get; init; }

    [Description("Last day of the placement; the offer's end when absent.")]
    public DateOnly? EndDate { get; init; }
}
