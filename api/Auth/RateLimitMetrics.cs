using System.Diagnostics.Metrics;
using System.Security.Claims;
using Matching.Jobs.Telemetry;

namespace Matching.Api.Auth;

internal sealed class RateLimitMetrics(IMeterFactory meters)
{
    private readonly Counter<long> _rejections = meters.Create(MatchingTelemetry.Name).CreateCounter<long>(
        "matching.rate_limit.rejections", "{request}", "Requests refused with 429 because their key (or address) used its budget, by the key's role.");

    // By role, not by key: a key per label would grow without bound; the key itself is in the 429's log line.
    public void Rejected(ClaimsPrincipal user) =>
        _rejections.Add(1, new KeyValuePair<string, object?>("role", user.FindFirstValue(ClaimTypes.Role) ?? "anonymous"));
}
