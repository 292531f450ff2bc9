namespace Matching.Jobs.Scheduling;

/// <summary>The recurring jobs, as GET /v1/jobs and the dashboard list them.</summary>
public static class ScheduledJobs
{
    public const string Shortfall = "shortfall";
    public const string Expiry = "expiry";
    public const string Delivery = "delivery";
    public const string Retention = "retention";
    public const string OfferAlerts = "offer-alerts";

    public static readonly IReadOnlyList<ScheduledJob> All =
    [
        new(Shortfall, "Weekly shortfall snapshot per sector, region and start month; queues the week's report deliveries."),
        new(Expiry, "Daily: closes offers past their end date and ends placements past theirs."),
        new(Retention, "Daily: erases students inactive past the retention period as an erasure does, and deletes old placements that hold no place, audit rows and report deliveries."),
        new(OfferAlerts, "Every minute: sends each school the alerts for new offers found since its last notification, at most once per Alerts:BatchMinutes, and queues the alert deliveries that have no delivery job."),
        new(Delivery, "On demand: queues the report deliveries that are due but have no delivery job (each delivery is its own job, retried with back-off)."),
    ];

    public static ScheduledJob? Find(string name) => All.FirstOrDefault(job => job.Name == name);
}
