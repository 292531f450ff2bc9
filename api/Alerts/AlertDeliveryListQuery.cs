using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;

namespace Matching.Api.Alerts;

public sealed class AlertDeliveryListQuery : PagedQuery
{
    [AllowedValues("webhook", "email", null)]
    [Description("Only this channel.")]
    public string? Channel { get; set; }

    [AllowedValues("pending", "sending", "delivered", "failed", null)]
    [Description("Only deliveries with this status.")]
    public string? Status { get; set; }
}
