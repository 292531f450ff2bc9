using System.Net;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

public sealed class HealthTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task Liveness_and_readiness_answer_without_a_key()
    {
        var live = await Anonymous().GetAsync("/health/live");
        var ready = await Anonymous().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (await ReadJsonAsync(ready))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await Admin.GetAsync("/v1/sectors");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        await AssertProblemAsync(await Admin.GetAsync("/v1/nothing-here"), HttpStatusCode.NotFound);
    }
}

public sealed class RateLimitTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:BurstLimit"] = "5",
        ["RateLimiting:RequestsPerSecond"] = "1",
    };

    [Fact]
    public async Task A_key_over_its_budget_gets_429_with_retry_after_and_another_key_is_unaffected()
    {
        var school = await SchoolAsync();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
        {
            responses.Add(await school.GetAsync("/v1/sectors"));
        }
        var other = await CompanyAsync();

        var limited = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single()) >= 1);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/v1/sectors")).StatusCode);
    }
}
