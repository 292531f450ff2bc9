using Hangfire.Common;
using Hangfire.States;

namespace Matching.Jobs.Delivery;

/// <summary>
/// Schedules a delivery job that failed with a <see cref="DeliveryRetryException"/> again after the delay it names (the
/// back-off the delivery's own record computed from the Delivery settings), instead of Hangfire's default delays.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DeliveryRetryAttribute : JobFilterAttribute, IElectStateFilter
{
    public void OnStateElection(ElectStateContext context)
    {
        if (context.CandidateState is FailedState { Exception: DeliveryRetryException retry })
        {
            context.CandidateState = new ScheduledState(retry.RetryAfter) { Reason = retry.Message };
        }
    }
}
