using System.Net;
using System.Net.Http.Json;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

public sealed class OfferSearchApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private HttpClient _company = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _company = await CompanyAsync();
        await _company.PostAsJsonAsync("/v1/companies", TestData.Company());
        await PostAsync(TestData.Offer().With("title", "Stagiair magazijn heftruck"));
        await PostAsync(TestData.Offer().With("title", "Stagiair magazijn expeditie").With("learningPath", "BBL"));
        await PostAsync(TestData.Offer().With("title", "Stagiair kantoor planning").With("pc4", 9711).With("levelMin", 3));
        await IndexesCaughtUpAsync();
    }

    [Fact]
    public async Task Free_text_finds_the_offers_that_match_it_with_facet_counts_over_all_matches()
    {
        var response = await Admin.PostAsJsonAsync("/v1/search/offers", new { text = "expeditie planning", limit = 1 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ReadJsonAsync(response);
        Assert.Equal(2, result["total"]!.GetValue<int>());
        Assert.Single(result["items"]!.AsArray());
        Assert.Equal(1, result["facets"]!["learningPath"]!["BOL"]!.GetValue<int>());
        Assert.Equal(1, result["facets"]!["learningPath"]!["BBL"]!.GetValue<int>());
        Assert.Equal(1, result["facets"]!["region"]!["rijnmond"]!.GetValue<int>());
        Assert.Equal(1, result["facets"]!["region"]!["groningen"]!.GetValue<int>());
        Assert.Equal(1, result["facets"]!["level"]!["2"]!.GetValue<int>());
        Assert.Equal(2, result["facets"]!["level"]!["3"]!.GetValue<int>());
    }

    [Fact]
    public async Task Filters_and_a_radius_narrow_the_results_and_distance_sorts_them()
    {
        var nearby = await ReadJsonAsync(await Admin.PostAsJsonAsync("/v1/search/offers", new { nearPc4 = 3072, radiusKm = 30, sort = "distance" }));
        var bbl = await ReadJsonAsync(await Admin.PostAsJsonAsync("/v1/search/offers", new { learningPath = "BBL" }));
        var level3 = await ReadJsonAsync(await Admin.PostAsJsonAsync("/v1/search/offers", new { level = 3, region = "groningen" }));

        Assert.Equal(2, nearby["total"]!.GetValue<int>());
        Assert.All(nearby["items"]!.AsArray(), hit => Assert.True(hit!["distanceKm"]!.GetValue<double>() < 30));
        Assert.Equal(1, bbl["total"]!.GetValue<int>());
        Assert.Equal("Stagiair kantoor planning", level3["items"]![0]!["offer"]!["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"radiusKm\": 10}", "radiusKm")]
    [InlineData("{\"sort\": \"distance\"}", "sort")]
    [InlineData("{\"region\": \"atlantis\"}", "region")]
    [InlineData("{\"nearPc4\": 1001}", "nearPc4")]
    [InlineData("{\"limit\": 101}", "limit")]
    [InlineData("{\"startFrom\": \"2027-05-01\", \"startTo\": \"2027-01-01\"}", "startTo")]
    public async Task An_invalid_search_is_a_400_naming_the_field(string body, string field)
    {
        var response = await Admin.PostAsync("/v1/search/offers", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await AssertValidationProblemAsync(response, field);
    }

    private async Task PostAsync(Dictionary<string, object?> offer) =>
        Assert.Equal(HttpStatusCode.Created, (await _company.PostAsJsonAsync("/v1/offers", offer)).StatusCode);
}
