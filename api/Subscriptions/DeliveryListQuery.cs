using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Matching.Api.Http;

namespace Matching.Api.Subscriptions;

public sealed class DeliveryListQuery : PagedQuery
{
    [RegularExpression("^[0-9]{4}-W[0-9]{2}$", ErrorMessage = "An ISO week looks like 2026-W48.")]
    [Description("Only this ISO week, e.g. 2026-W48.")]
    public string? Week { get; set; }

    [AllowedValues("webhook", "email", null)]
    [Description("Only this channel.")]
    public string? Channel { get; set; }

    [AllowedValues("pending", "sending", "delivered", "failed", null)]
    [Description("Only deliveries with this status.")]
    public string? Status { get; set; }
}
