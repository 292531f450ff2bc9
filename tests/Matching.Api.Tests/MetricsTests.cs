using System.Net;
using System.Net.Http.Json;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

/// <summary>/metrics as Prometheus scrapes it: the service's own meter after real requests, for admin keys only.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MetricsTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task After_a_match_a_diagnosis_a_search_and_a_candidates_list_an_admin_reads_their_latency_and_the_index_sizes()
    {
        var school = await SchoolAsync();
        var company = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(company);
        var offer = (await ReadJsonAsync(await company.PostAsJsonAsync("/v1/offers", TestData.Offer())))["id"]!.GetValue<Guid>();
        var student = (await ReadJsonAsync(await school.PostAsJsonAsync("/v1/students", TestData.Student())))["id"]!.GetValue<Guid>();
        await IndexesCaughtUpAsync();

        var match = await school.GetAsync($"/v1/students/{student}/matches");
        var diagnosis = await school.GetAsync($"/v1/students/{student}/matches/diagnosis");
        var search = await Admin.PostAsJsonAsync("/v1/search/offers", new { text = "magazijn" });
        var candidates = await company.GetAsync($"/v1/offers/{offer}/candidates");
        var scrape = await Admin.GetAsync("/metrics");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { match.StatusCode, diagnosis.StatusCode, search.StatusCode, candidates.StatusCode });
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.Equal("text/plain", scrape.Content.Headers.ContentType?.MediaType);
        var metrics = await scrape.Content.ReadAsStringAsync();
        Assert.True(PrometheusText.Sample(metrics, "matching_match_duration_seconds_count") >= 1, metrics);
        Assert.True(PrometheusText.Sample(metrics, "matching_diagnosis_duration_seconds_count") >= 1, metrics);
        Assert.True(PrometheusText.Sample(metrics, "matching_search_duration_seconds_count") >= 1, metrics);
        Assert.True(PrometheusText.Sample(metrics, "matching_candidates_duration_seconds_count") >= 1, metrics);
        Assert.Equal(1, PrometheusText.Sample(metrics, "matching_index_documents", "index=\"offers\""));
        Assert.Equal(1, PrometheusText.Sample(metrics, "matching_index_documents", "index=\"students\""));
        Assert.Equal(0, PrometheusText.Sample(metrics, "matching_index_lag"));
        // The match read the student from the database; the diagnosis found it in the node's memory.
        Assert.Equal(1, PrometheusText.Sample(metrics, "matching_student_reads_total", "source=\"database\""));
        Assert.Equal(1, PrometheusText.Sample(metrics, "matching_student_reads_total", "source=\"memory\""));
        // The framework's and the driver's meters beside the service's own.
        Assert.True(PrometheusText.Sample(metrics, "http_server_request_duration_seconds_count", "http_route=\"/v1/students/{id:guid}/matches\"") >= 1, metrics);
        Assert.Contains("\ndb_client_", metrics);
    }

    [Fact]
    public async Task Metrics_are_refused_without_a_key_and_to_a_key_that_is_not_an_admins()
    {
        var school = await SchoolAsync();

        await AssertProblemAsync(await Anonymous().GetAsync("/metrics"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await school.GetAsync("/metrics"), HttpStatusCode.Forbidden);
    }
}
