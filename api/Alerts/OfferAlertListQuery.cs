using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;

namespace Matching.Api.Alerts;

public sealed class OfferAlertListQuery : PagedQuery
{
    [AllowedValues("pending", "sent", null)]
    [Description("pending: waiting for the school's next notification; sent: in a notification already.")]
    public string? Status { get; set; }

    [Description("Only the alerts of this student.")]
    public Guid? StudentId { get; set; }

    [Description("Only the alerts about this offer.")]
    public Guid? OfferId { get; set; }
}
