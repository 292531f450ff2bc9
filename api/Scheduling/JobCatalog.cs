using Matching.Api.Auth;
using Matching.Jobs.Scheduling;

namespace Matching.Api.Scheduling;

/// <summary>Which roles may run each scheduled job on demand.</summary>
internal static class JobCatalog
{
    private static readonly Dictionary<string, string[]> RunnableBy = new()
    {
        [ScheduledJobs.Shortfall] = [Roles.Admin, Roles.Coordinator],
        [ScheduledJobs.Expiry] = [Roles.Admin],
        [ScheduledJobs.Delivery] = [Roles.Admin],
        [ScheduledJobs.Retention] = [Roles.Admin],
        [ScheduledJobs.OfferAlerts] = [Roles.Admin],
    };

    public static bool MayRun(ScheduledJob job, string role) => RunnableBy.TryGetValue(job.Name, out var roles) && roles.Contains(role);
}
