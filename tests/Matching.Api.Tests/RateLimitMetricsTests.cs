using System.Net;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

[Collection(PostgresCollection.Name)]
public sealed class RateLimitMetricsTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:BurstLimit"] = "5",
        ["RateLimiting:RequestsPerSecond"] = "1",
    };

    [Fact]
    public async Task Every_429_a_school_key_gets_is_counted_under_its_role()
    {
        var school = await SchoolAsync();
        var refused = 0;
        for (var i = 0; i < 10; i++)
        {
            refused += (await school.GetAsync("/v1/sectors")).StatusCode == HttpStatusCode.TooManyRequests ? 1 : 0;
        }

        var metrics = await (await Admin.GetAsync("/metrics")).Content.ReadAsStringAsync();

        Assert.True(refused > 0);
        Assert.Equal(refused, PrometheusText.Sample(metrics, "matching_rate_limit_rejections_total", "role=\"school\""));
    }
}
