using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Matching.Jobs.Shortfalls;

/// <summary>The weekly shortfall snapshot (Monday 06:00 Europe/Amsterdam by default, and on demand).</summary>
[DisallowConcurrentExecution]
public sealed class ComputeShortfallsJob(ShortfallCalculator calculator, TimeProvider clock, IOptions<JobsOptions> options, ILogger<ComputeShortfallsJob> logger) : IJob
{
    public static readonly JobKey Key = new("shortfall", "matching");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone)).DateTime);
        var cells = await calculator.ComputeAsync(today, now, cancellationToken);
        logger.LogInformation("Shortfall snapshot for {Week}: {Cells} cells", IsoWeek.Of(today), cells);
    }
}
