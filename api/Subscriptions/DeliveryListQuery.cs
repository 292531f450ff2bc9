using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;
using Matching.Jobs;

namespace Matching.Api.Subscriptions;

public sealed class DeliveryListQuery : PagedQuery
{
    [Description("Only this ISO week, e.g. 2026-W48.")]
    public IsoWeek? Week { get; set; }

    [AllowedValues("webhook", "email", null)]
    [Description("Only this channel.")]
    public string? Channel { get; set; }

    [AllowedValues("pending", "sending", "delivered", "failed", null)]
    [Description("Only deliveries with this status.")]
    public string? Status { get; set; }
}
