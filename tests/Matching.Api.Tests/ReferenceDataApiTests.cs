using System.Net;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

public sealed class ReferenceDataApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task Typeahead_finds_qualifications_by_the_start_of_name_words()
    {
        var page = await ReadJsonAsync(await Admin.GetAsync("/v1/qualifications?q=verzorg%20ig&current=true"));

        // Name matches come first; qualifications that have the words only in a synonym or occupation label follow.
        var names = page["items"]!.AsArray().Select(q => q!["name"]!.GetValue<string>()).Take(3).ToList();
        Assert.Equal(3, names.Count);
        Assert.All(names, n => Assert.Contains("verzorgende", n, StringComparison.OrdinalIgnoreCase));
        Assert.All(names, n => Assert.Contains("IG", n));
    }

    [Fact]
    public async Task Typeahead_finds_qualifications_by_crebo_prefix_and_filters_on_level_and_sector()
    {
        var page = await ReadJsonAsync(await Admin.GetAsync("/v1/qualifications?q=2577&level=2&sector=mobiliteit-transport-logistiek-maritiem&limit=100"));

        var items = page["items"]!.AsArray();
        Assert.Contains(items, q => q!["crebo"]!.GetValue<int>() == 25774);
        Assert.All(items, q =>
        {
            Assert.StartsWith("2577", q!["crebo"]!.GetValue<int>().ToString());
            Assert.Equal(2, q["level"]!.GetValue<int>());
        });
    }

    [Fact]
    public async Task Rijnmond_has_its_fourteen_municipalities()
    {
        var region = await ReadJsonAsync(await Admin.GetAsync("/v1/regions/rijnmond"));

        var codes = region["municipalities"]!.AsArray().Select(m => m!["code"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["0489", "0502", "0542", "0556", "0597", "0599", "0606", "0613", "0622", "1892", "1924", "1930", "1963", "1992"], codes);
        Assert.Equal(35, (await ReadJsonAsync2(await Admin.GetAsync("/v1/regions"))).Count);
    }

    [Fact]
    public async Task A_postcode_of_a_merged_municipality_resolves_to_todays_municipality_and_region()
    {
        var brielle = await ReadJsonAsync(await Admin.GetAsync("/v1/postcodes/3231"));

        Assert.Equal("1992", brielle["municipality"]!["code"]!.GetValue<string>());
        Assert.Equal("Voorne aan Zee", brielle["municipality"]!["name"]!.GetValue<string>());
        Assert.Equal("rijnmond", brielle["region"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_postcode_or_crebo_or_region_is_a_404_problem()
    {
        await AssertProblemAsync(await Admin.GetAsync("/v1/postcodes/1001"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Admin.GetAsync("/v1/qualifications/99999"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Admin.GetAsync("/v1/regions/atlantis"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_reference_data_is_in_the_database_for_sql_joins()
    {
        Assert.Equal(35, await CountAsync("labour_market_regions"));
        Assert.Equal(342, await CountAsync("municipalities"));
        Assert.Equal(4064, await CountAsync("postcodes"));
        Assert.True(await CountAsync("qualifications") > 3000);
    }

    private static async Task<System.Text.Json.Nodes.JsonArray> ReadJsonAsync2(HttpResponseMessage response) =>
        (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.Nodes.JsonArray>(response.Content))!;
}
