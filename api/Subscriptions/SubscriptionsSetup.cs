namespace Matching.Api.Subscriptions;

internal static class SubscriptionsSetup
{
    /// <summary>Report subscriptions and their deliveries: their storage.</summary>
    public static void AddSubscriptions(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<SubscriptionRepository>();
}
