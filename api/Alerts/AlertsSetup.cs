namespace Matching.Api.Alerts;

internal static class AlertsSetup
{
    /// <summary>Alert subscriptions and the detector that follows the change sequence (the batches and their delivery are jobs/Alerts).</summary>
    public static void AddOfferAlerts(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AlertSubscriptionRepository>();
        builder.Services.AddSingleton<OfferAlertFinder>();
        builder.Services.AddSingleton<OfferAlertDetector>();
        builder.Services.AddSingleton<AlertBatchQueue>();
        builder.Services.AddHostedService<OfferAlertDetectorService>();
    }
}
