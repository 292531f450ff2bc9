using System.ComponentModel;
using Matching.Api.Http;

namespace Matching.Api.Subscriptions;

public sealed class SubscriptionListQuery : PagedQuery
{
    [Description("Only the subscriptions of this API key (a coordinator key sees only its own anyway).")]
    public Guid? ApiKeyId { get; set; }
}
