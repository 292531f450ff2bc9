namespace Matching.Api.Subscriptions;

/// <summary>The key a subscription belongs to, with the regions and sectors it follows (empty: all).</summary>
internal sealed record SubscriptionOwner(Guid Id, IReadOnlyList<string> Regions, IReadOnlyList<string> Sectors);
