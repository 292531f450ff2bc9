using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;

namespace Matching.Api.Offers;

public sealed class OfferListQuery : PagedQuery
{
    [AllowedValues("open", "closed", null)]
    [Description("Only offers with this status.")]
    public string? Status { get; set; }

    [Range(10000, 99999)]
    [Description("Only offers that accept this crebo.")]
    public int? Crebo { get; set; }

    [AllowedValues("BOL", "BBL", null)]
    public string? LearningPath { get; set; }

    [StringLength(64)]
    [Description("Only offers of companies in this sector.")]
    public string? Sector { get; set; }

    [StringLength(64)]
    [Description("Only offers located in this labour-market region.")]
    public string? Region { get; set; }

    [Description("Only offers of this company.")]
    public Guid? CompanyId { get; set; }

    [Description("Only offers starting on or after this date.")]
    public DateOnly? StartFrom { get; set; }

    [Description("Only offers starting on or before this date.")]
    public DateOnly? StartTo { get; set; }
}
