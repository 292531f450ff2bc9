using Matching.Api.Data;
using Matching.Jobs;
using Microsoft.Extensions.Options;

namespace Matching.Api.Scheduling;

internal static class SchedulingSetup
{
    /// <summary>The scheduled jobs (jobs/, on Hangfire), on the service's database.</summary>
    public static void AddScheduledJobs(this WebApplicationBuilder builder) =>
        // Hangfire connects with the connection string as configured: the Database section's timeouts and pooling are the API's.
        builder.AddMatchingJobs(services => services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString);
}
