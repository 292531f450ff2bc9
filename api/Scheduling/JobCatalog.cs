using Matching.Api.Auth;
using Matching.Jobs.Delivery;
using Matching.Jobs.Expiry;
using Matching.Jobs.Shortfalls;
using Quartz;

namespace Matching.Api.Scheduling;

/// <summary>The jobs the API exposes, and which roles may run them on demand.</summary>
internal static class JobCatalog
{
    public static readonly IReadOnlyList<(JobKey Key, string Description, string[] Roles)> Jobs =
    [
        (ComputeShortfallsJob.Key, "Weekly shortfall snapshot per sector, region and start month.", [Roles.Admin, Roles.Coordinator]),
        (ExpireJob.Key, "Daily: closes offers past their end date and ends placements past theirs.", [Roles.Admin]),
        (DeliverReportsJob.Key, "Every few seconds and after each shortfall run: sends the due report deliveries, retrying failed ones with back-off.", [Roles.Admin]),
    ];

    public static (JobKey Key, string Description, string[] Roles)? Find(string name) =>
        Jobs.FirstOrDefault(j => j.Key.Name == name) is { Key: not null } job ? job : null;
}
