using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

// How Dutch is written, as a portal's search box sees it: compounds, abbreviations, job-title forms, typos and
// negations; and a first page that combines relevance with distance and is not filled by one company.
public sealed class SearchRelevanceApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private HttpClient _company = null!;
    private HttpClient _other = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _company = await CompanyAsync();
        _other = await CompanyAsync(OtherCompanyKvk);
        await _company.PostAsJsonAsync("/v1/companies", TestData.Company());
        await _other.PostAsJsonAsync("/v1/companies", TestData.Company(OtherCompanyKvk).With("name", "Maasvlakte Cargo B.V."));
        await PostAsync(_company, "Medewerker kassa en klantenservice", "Je helpt klanten aan de kassa van onze winkel.");
        await PostAsync(_company, "Stagiair heftruckchauffeur", "Je rijdt heftruck in het magazijn.");
        await PostAsync(_company, "Stagiair bedrijfshulpverlening en veiligheid", "Je leert de taken van de bedrijfshulpverlener.");
        await PostAsync(_company, "Serveerder in het bedrijfsrestaurant", "Je bedient gasten in ons restaurant.");
        await IndexesCaughtUpAsync();
    }

    [Fact]
    public async Task A_compound_finds_the_offer_that_writes_its_parts_apart()
    {
        var result = await SearchAsync(new { text = "kassamedewerker" });

        Assert.Equal("Medewerker kassa en klantenservice", Titles(result)[0]);
    }

    [Fact]
    public async Task Words_written_apart_find_the_offer_that_writes_them_as_one_compound()
    {
        var result = await SearchAsync(new { text = "heftruck chauffeur" });

        Assert.Equal("Stagiair heftruckchauffeur", Titles(result)[0]);
    }

    [Fact]
    public async Task An_abbreviation_finds_the_offer_that_writes_it_out()
    {
        var result = await SearchAsync(new { text = "bhv" });

        Assert.Equal("Stagiair bedrijfshulpverlening en veiligheid", Titles(result)[0]);
    }

    [Fact]
    public async Task A_female_job_title_finds_the_male_form()
    {
        var result = await SearchAsync(new { text = "serveerster" });

        Assert.Equal("Serveerder in het bedrijfsrestaurant", Titles(result)[0]);
    }

    [Fact]
    public async Task A_typo_finds_the_offer_and_the_answer_says_which_word_was_used()
    {
        var result = await SearchAsync(new { text = "klantenservise" });

        Assert.Equal("Medewerker kassa en klantenservice", Titles(result)[0]);
        Assert.Equal("klantenservice", result["didYouMean"]!.GetValue<string>());
        var correction = Assert.Single(result["corrections"]!.AsArray());
        Assert.Equal(("klantenservise", "klantenservice"), (correction!["written"]!.GetValue<string>(), correction["usedInstead"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_word_no_offer_comes_close_to_finds_nothing_and_says_so()
    {
        var result = await SearchAsync(new { text = "xylofoonstemmer" });

        Assert.Equal(0, result["total"]!.GetValue<int>());
        Assert.Empty(result["items"]!.AsArray());
        Assert.Equal(["xylofoonstemmer"], result["unknownWords"]!.AsArray().Select(word => word!.GetValue<string>()));
    }

    [Fact]
    public async Task A_word_after_geen_is_not_searched_for()
    {
        var result = await SearchAsync(new { text = "restaurant, geen magazijn" });

        Assert.Equal(["Serveerder in het bedrijfsrestaurant"], Titles(result));
    }

    [Fact]
    public async Task Near_a_postcode_relevance_and_distance_combine()
    {
        await PostAsync(_other, "Stagiair heftruckchauffeur", "Je rijdt heftruck in het magazijn.", pc4: 9711);
        await IndexesCaughtUpAsync();

        var result = await SearchAsync(new { text = "heftruckchauffeur", nearPc4 = 3089 });

        var first = result["items"]![0]!;
        var second = result["items"]![1]!;
        Assert.Equal(first["offer"]!["title"]!.GetValue<string>(), second["offer"]!["title"]!.GetValue<string>());
        Assert.True(first["distanceKm"]!.GetValue<double>() < second["distanceKm"]!.GetValue<double>());
        Assert.True(first["score"]!.GetValue<double>() > second["score"]!.GetValue<double>());
    }

    [Fact]
    public async Task One_company_has_at_most_two_offers_among_the_first_hits_unless_turned_off()
    {
        await PostAsync(_company, "Magazijn medewerker orderpicken", "Orderpicken in het magazijn.");
        await PostAsync(_company, "Magazijn medewerker expeditie", "Expeditie in het magazijn.");
        await PostAsync(_other, "Medewerker logistiek", "Je werkt in ons distributiecentrum aan de Maasvlakte, met veel afwisseling tussen de expeditie, de administratie en soms het magazijn.");
        await IndexesCaughtUpAsync();

        var spread = await SearchAsync(new { text = "magazijn" });
        var plain = await SearchAsync(new { text = "magazijn", maxPerCompany = 0 });

        Assert.Equal(4, spread["total"]!.GetValue<int>());
        Assert.Equal("Maasvlakte Cargo B.V.", Companies(spread)[2]);
        Assert.Equal("Maasvlakte Cargo B.V.", Companies(plain)[3]);
        Assert.Equal(Titles(plain).Order(), Titles(spread).Order());
    }

    [Fact]
    public async Task A_page_past_the_ten_thousandth_result_is_a_400_not_a_500()
    {
        var search = await Admin.PostAsJsonAsync("/v1/search/offers", new { text = "magazijn", offset = 9_990, limit = 100 });

        await AssertValidationProblemAsync(search, "offset");
    }

    private async Task<JsonObject> SearchAsync(object body)
    {
        var response = await Admin.PostAsJsonAsync("/v1/search/offers", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    private static List<string> Titles(JsonObject result) => [.. result["items"]!.AsArray().Select(hit => hit!["offer"]!["title"]!.GetValue<string>())];

    private static List<string> Companies(JsonObject result) => [.. result["items"]!.AsArray().Select(hit => hit!["offer"]!["companyName"]!.GetValue<string>())];

    private static async Task PostAsync(HttpClient company, string title, string description, int? pc4 = null)
    {
        var offer = TestData.Offer().With("title", title).With("description", description).With("requirements", "");
        var response = await company.PostAsJsonAsync("/v1/offers", pc4 is null ? offer : offer.With("pc4", pc4));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
