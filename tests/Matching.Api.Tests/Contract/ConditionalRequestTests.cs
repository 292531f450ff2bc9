using System.Net;
using System.Net.Http.Json;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests.Contract;

/// <summary>If-Match as RFC 9110 defines it: the strong comparison, "*" for any current version, and a list of tags.</summary>
public sealed class ConditionalRequestTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Theory]
    [InlineData("W/\"1\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"01\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("*", HttpStatusCode.OK)]
    [InlineData("\"7\", \"1\"", HttpStatusCode.OK)]
    public async Task A_student_is_replaced_only_when_if_match_strongly_names_its_version_or_is_a_star(string ifMatch, HttpStatusCode expected)
    {
        var school = await SchoolAsync();
        var created = await school.PostAsJsonAsync("/v1/students", TestData.Student());
        Assert.Equal("\"1\"", created.Headers.ETag!.ToString());

        var response = await SendAsync(school, HttpMethod.Put, created.Headers.Location!, ifMatch, TestData.Student().With("maxDistanceKm", 5));

        Assert.Equal(expected, response.StatusCode);
        var stored = await ReadJsonAsync(await school.GetAsync(created.Headers.Location));
        Assert.Equal(expected == HttpStatusCode.OK ? 5 : 20, stored["maxDistanceKm"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("W/\"1\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("*", HttpStatusCode.OK)]
    public async Task An_offer_is_closed_only_when_if_match_strongly_names_its_version_or_is_a_star(string ifMatch, HttpStatusCode expected)
    {
        var company = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(company);
        var offer = await company.PostAsJsonAsync("/v1/offers", TestData.Offer());

        var response = await SendAsync(company, HttpMethod.Post, new Uri(offer.Headers.Location + "/close", UriKind.Relative), ifMatch, null);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Closing_a_closed_offer_with_its_current_etag_is_done_already_and_with_an_older_one_is_412()
    {
        var company = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(company);
        var offer = await company.PostAsJsonAsync("/v1/offers", TestData.Offer());
        var close = new Uri(offer.Headers.Location + "/close", UriKind.Relative);
        var closed = await SendAsync(company, HttpMethod.Post, close, "\"1\"", null);

        var again = await SendAsync(company, HttpMethod.Post, close, closed.Headers.ETag!.ToString(), null);
        var stale = await SendAsync(company, HttpMethod.Post, close, "\"1\"", null);

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(closed.Headers.ETag, again.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Theory]
    [InlineData("W/\"1\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("*", HttpStatusCode.NoContent)]
    public async Task A_student_is_erased_only_when_if_match_strongly_names_its_version_or_is_a_star(string ifMatch, HttpStatusCode expected)
    {
        var school = await SchoolAsync();
        var created = await school.PostAsJsonAsync("/v1/students", TestData.Student());

        var response = await SendAsync(school, HttpMethod.Delete, created.Headers.Location!, ifMatch, null);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.NoContent ? 0 : 1, await CountAsync("students"));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, Uri uri, string ifMatch, object? body)
    {
        var request = new HttpRequestMessage(method, uri) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
