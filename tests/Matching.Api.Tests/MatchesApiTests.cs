using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

/// <summary>GET /v1/students/{id}/matches: one test per eligibility rule, and rankings a person checks at a glance.</summary>
public sealed class MatchesApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private HttpClient _school = null!;
    private HttpClient _company = null!;
    private Guid _companyId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _school = await SchoolAsync();
        _company = await CompanyAsync();
        _companyId = (await ReadJsonAsync(await _company.PostAsJsonAsync("/v1/companies", TestData.Company())))["id"]!.GetValue<Guid>();
        await AccreditAsync(_company, _companyId, TestData.LogisticsCrebo, "BOL", "2026-01-01");
    }

    [Fact]
    public async Task An_eligible_offer_is_matched_with_its_company_distance_and_score()
    {
        var offer = await PostOfferAsync(_company);
        var student = await PostStudentAsync(_school);

        var page = await MatchesAsync(student);

        var match = Assert.Single(page["items"]!.AsArray())!;
        Assert.Equal(offer, match["offer"]!["id"]!.GetValue<Guid>());
        Assert.Equal("Waalhaven Logistics B.V.", match["offer"]!["companyName"]!.GetValue<string>());
        Assert.InRange(match["distanceKm"]!.GetValue<double>(), 4, 7); // 3072 Feijenoord to 3089 Waalhaven
        Assert.True(match["score"]!.GetValue<float>() > 0);
        Assert.Equal(1, page["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("crebos", "[25180]")]
    [InlineData("levelMin", "3")]
    [InlineData("learningPath", "\"BBL\"")]
    [InlineData("startDate", "\"2027-08-01\"")]
    [InlineData("pc4", "9711")]
    public async Task An_offer_that_breaks_one_rule_is_not_matched(string field, string json)
    {
        var eligible = await PostOfferAsync(_company);
        var ineligible = TestData.Offer().With(field, JsonNode.Parse(json));
        if (field == "startDate")
        {
            ineligible = ineligible.With("endDate", "2027-12-31");
        }
        if (field == "learningPath")
        {
            await AccreditAsync(_company, _companyId, TestData.LogisticsCrebo, "BBL", "2026-01-01");
        }
        await PostOfferAsync(_company, ineligible);
        var student = await PostStudentAsync(_school);

        var page = await MatchesAsync(student);

        Assert.Equal([eligible], Ids(page));
    }

    [Fact]
    public async Task A_closed_offer_is_not_matched()
    {
        var offer = await PostOfferAsync(_company);
        var student = await PostStudentAsync(_school);
        Assert.Equal(HttpStatusCode.OK, (await _company.PostAsync($"/v1/offers/{offer}/close", null)).StatusCode);

        var page = await MatchesAsync(student);

        Assert.Empty(Ids(page));
    }

    [Fact]
    public async Task A_match_shows_the_offer_and_company_as_they_are_now()
    {
        var offer = await PostOfferAsync(_company);
        var student = await PostStudentAsync(_school);
        Assert.Equal("Waalhaven Logistics B.V.", Assert.Single(Offers(await MatchesAsync(student)))["companyName"]!.GetValue<string>());

        await ReplaceAsync($"/v1/offers/{offer}", TestData.Offer().With("title", "Magazijnmedewerker nachtdienst").With("hoursPerWeek", 24));
        await ReplaceAsync($"/v1/companies/{_companyId}", TestData.Company().With("name", "Waalhaven Logistiek Groep B.V."));

        var shown = Assert.Single(Offers(await MatchesAsync(student)));
        Assert.Equal("Magazijnmedewerker nachtdienst", shown["title"]!.GetValue<string>());
        Assert.Equal(24, shown["hoursPerWeek"]!.GetValue<int>());
        Assert.Equal("Waalhaven Logistiek Groep B.V.", shown["companyName"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_offer_without_free_places_is_not_matched()
    {
        var full = await PostOfferAsync(_company, TestData.Offer(places: 1));
        var other = await PostStudentAsync(_school, TestData.Student("STU-OTHER"));
        var placement = await ReadJsonAsync(await _school.PostAsJsonAsync("/v1/placements", new { studentId = other, offerId = full }));
        Assert.Equal(HttpStatusCode.OK, (await _company.PostAsync($"/v1/placements/{placement["id"]}/accept", null)).StatusCode);
        var student = await PostStudentAsync(_school);

        var page = await MatchesAsync(student);

        Assert.Empty(Ids(page));
    }

    [Fact]
    public async Task An_offer_of_a_company_not_accredited_on_its_start_date_is_not_matched()
    {
        var otherCompany = await CompanyAsync(OtherCompanyKvk);
        var otherId = (await ReadJsonAsync(await otherCompany.PostAsJsonAsync("/v1/companies", TestData.Company(OtherCompanyKvk))))["id"]!.GetValue<Guid>();
        await AccreditAsync(otherCompany, otherId, TestData.LogisticsCrebo, "BOL", "2027-03-01"); // after the offer starts
        Assert.Equal(HttpStatusCode.Created, (await otherCompany.PostAsJsonAsync("/v1/offers", TestData.Offer())).StatusCode);
        var student = await PostStudentAsync(_school);

        var page = await MatchesAsync(student);

        Assert.Empty(Ids(page));
    }

    [Fact]
    public async Task A_warehouse_offer_ranks_before_an_office_job_for_a_student_who_writes_about_forklifts()
    {
        var office = await PostOfferAsync(_company, TestData.Offer()
            .With("title", "Stagiair administratie en planning")
            .With("description", "Je ondersteunt de planners op kantoor: facturen controleren, telefoon aannemen en Excel-overzichten bijhouden.")
            .With("requirements", "Je bent nauwkeurig en communicatief."));
        var warehouse = await PostOfferAsync(_company, TestData.Offer()
            .With("title", "Stagiair magazijn: orderpicken en heftruck")
            .With("description", "In ons magazijn doe je orderpicken met de scanner en rijd je heftruck bij het laden.")
            .With("requirements", "Heftruckcertificaat is een pre."));
        var student = await PostStudentAsync(_school, TestData.Student().With("freeText", "heftruck, magazijn, orderpicken"));

        var page = await MatchesAsync(student);

        Assert.Equal([warehouse, office], Ids(page));
    }

    [Fact]
    public async Task Of_two_equal_offers_the_nearer_ranks_first()
    {
        var far = await PostOfferAsync(_company, TestData.Offer().With("pc4", 3151)); // Hoek van Holland
        var near = await PostOfferAsync(_company, TestData.Offer().With("pc4", 3073)); // next to the student's 3072
        var student = await PostStudentAsync(_school, TestData.Student().With("maxDistanceKm", 60));

        var page = await MatchesAsync(student);

        Assert.Equal([near, far], Ids(page));
        Assert.Equal(["distance"], Ids(await MatchesAsync(student, "sort=distance")).Select(_ => "distance").Distinct());
    }

    [Fact]
    public async Task Pages_are_stable_and_explanations_add_up_to_the_score()
    {
        for (var i = 0; i < 5; i++)
        {
            await PostOfferAsync(_company);
        }
        var student = await PostStudentAsync(_school);

        var all = Ids(await MatchesAsync(student, "limit=5"));
        var pages = Ids(await MatchesAsync(student, "limit=2&offset=0")).Concat(Ids(await MatchesAsync(student, "limit=2&offset=2")))
            .Concat(Ids(await MatchesAsync(student, "limit=2&offset=4"))).ToList();
        var explained = await MatchesAsync(student, "limit=1&explain=true");

        Assert.Equal(all, pages);
        var match = explained["items"]![0]!;
        Assert.Equal(match["score"]!.GetValue<float>(), match["explanation"]!["value"]!.GetValue<float>());
        Assert.NotEmpty(match["explanation"]!["details"]!.AsArray());
    }

    [Fact]
    public async Task Another_school_cannot_ask_matches_for_the_student()
    {
        var student = await PostStudentAsync(_school);
        var other = await SchoolAsync(OtherSchoolBrin);

        await AssertProblemAsync(await other.GetAsync($"/v1/students/{student}/matches"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await _company.GetAsync($"/v1/students/{student}/matches"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_write_through_one_node_is_matched_through_another()
    {
        await using var nodeB = new MatchingApiFactory(App.ConnectionString);
        await nodeB.WaitUntilReadyAsync();
        var student = await PostStudentAsync(_school);
        var offer = await PostOfferAsync(_company);

        await IndexesCaughtUpAsync(nodeB);
        var schoolOnB = nodeB.CreateClient();
        schoolOnB.DefaultRequestHeaders.Authorization = _school.DefaultRequestHeaders.Authorization;
        var page = await ReadJsonAsync(await schoolOnB.GetAsync($"/v1/students/{student}/matches"));

        Assert.Equal([offer], Ids(page));
    }

    [Fact]
    public async Task A_company_sees_pseudonymous_candidates_for_its_offer_and_none_for_another_companys()
    {
        var offer = await PostOfferAsync(_company, TestData.Offer().With("title", "Stagiair magazijn heftruck"));
        var forklift = await PostStudentAsync(_school, TestData.Student("STU-1").With("freeText", "ik rijd graag heftruck in een magazijn"));
        await PostStudentAsync(_school, TestData.Student("STU-2").With("freeText", "ik werk graag met mensen"));
        await PostStudentAsync(_school, TestData.Student("STU-FAR").With("pc4", 9711)); // Groningen, beyond its 20 km
        await PostStudentAsync(_school, TestData.Student("STU-BBL").With("learningPath", "BBL"));
        await IndexesCaughtUpAsync();
        var otherCompany = await CompanyAsync(OtherCompanyKvk);

        var response = await _company.GetAsync($"/v1/offers/{offer}/candidates");
        var forbidden = await otherCompany.GetAsync($"/v1/offers/{offer}/candidates");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ReadJsonAsync(response);
        Assert.Equal(2, page["total"]!.GetValue<int>());
        var first = page["items"]![0]!.AsObject();
        Assert.Equal("ik rijd graag heftruck in een magazijn", first["freeText"]!.GetValue<string>());
        Assert.Equal(TestData.LogisticsCrebo, first["crebo"]!.GetValue<int>());
        Assert.False(first.ContainsKey("externalRef"));
        Assert.False(first.ContainsKey("id"));
        Assert.DoesNotContain(forklift.ToString(), page.ToJsonString());
        await AssertProblemAsync(forbidden, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_batch_gives_each_students_top_offers_and_says_which_students_it_cannot_match()
    {
        var offer = await PostOfferAsync(_company);
        var mine = await PostStudentAsync(_school, TestData.Student("STU-1"));
        var otherSchool = await SchoolAsync(OtherSchoolBrin);
        var theirs = await PostStudentAsync(otherSchool, TestData.Student("STU-9"));
        var unknown = Guid.NewGuid();
        await IndexesCaughtUpAsync();

        var response = await _school.PostAsJsonAsync("/v1/matches/batch", new { studentIds = new[] { mine, theirs, unknown }, limit = 3 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonArray>())!;
        Assert.Equal(["ok", "forbidden", "not_found"], results.Select(r => r!["status"]!.GetValue<string>()));
        Assert.Equal(offer, results[0]!["items"]![0]!["offer"]!["id"]!.GetValue<Guid>());
        Assert.Empty(results[1]!["items"]!.AsArray());
    }

    [Fact]
    public async Task A_batch_over_500_students_is_rejected()
    {
        var ids = Enumerable.Range(0, 501).Select(_ => Guid.NewGuid()).ToArray();

        var response = await _school.PostAsJsonAsync("/v1/matches/batch", new { studentIds = ids });

        await AssertValidationProblemAsync(response, "studentIds");
    }

    [Fact]
    public async Task The_students_own_words_decide_among_offers_for_the_same_qualification()
    {
        var named = await PostOfferAsync(_company, TestData.Offer().With("title", "Stagiair logistiek medewerker").With("description", "Logistiek medewerker in ons bedrijf."));
        var coldStore = await PostOfferAsync(_company, TestData.Offer().With("title", "Stage in de koelcel").With("description", "Je werkt in de koelcel van een groothandel."));
        var student = await PostStudentAsync(_school, TestData.Student().With("freeText", "Ik wil het liefst in een koelcel werken."));

        var page = await MatchesAsync(student);

        Assert.Equal([coldStore, named], page["items"]!.AsArray().Select(match => match!["offer"]!["id"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task A_wish_the_student_rules_out_is_not_searched_and_moves_the_offer_down()
    {
        var forklift = await PostOfferAsync(_company, TestData.Offer().With("title", "Stage heftruck rijden").With("description", "Je rijdt de hele dag heftruck."));
        var picking = await PostOfferAsync(_company, TestData.Offer().With("title", "Stage orders verzamelen").With("description", "Je verzamelt orders in het magazijn."));
        var student = await PostStudentAsync(_school, TestData.Student().With("freeText", "Geen heftruck, ik wil in het magazijn werken."));

        var page = await MatchesAsync(student, "explain=true");

        var items = page["items"]!.AsArray();
        Assert.Equal([picking, forklift], items.Select(match => match!["offer"]!["id"]!.GetValue<Guid>()));
        var explanation = items[1]!["explanation"]!.ToJsonString();
        Assert.DoesNotContain(":heftruck in", explanation, StringComparison.Ordinal);
        Assert.Contains("hold heftruck, which the query rules out", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offer_that_ends_too_soon_after_the_student_can_start_is_not_matched()
    {
        await PostOfferAsync(_company, TestData.Offer().With("title", "Ends two weeks after").With("startDate", "2027-02-01").With("endDate", "2027-06-30"));
        var long_ = await PostOfferAsync(_company, TestData.Offer().With("title", "Runs the summer").With("startDate", "2027-02-01").With("endDate", "2027-09-30"));
        var student = await PostStudentAsync(_school, TestData.Student().With("availableFrom", "2027-06-16").With("availableUntil", "2027-12-31"));

        var page = await MatchesAsync(student);

        Assert.Equal([long_], page["items"]!.AsArray().Select(match => match!["offer"]!["id"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task A_page_of_matches_past_the_ten_thousandth_is_a_400_not_a_500()
    {
        var student = await PostStudentAsync(_school);

        var response = await _school.GetAsync($"/v1/students/{student}/matches?offset=9990&limit=100");

        await AssertValidationProblemAsync(response, "offset");
    }

    private async Task<JsonObject> MatchesAsync(Guid student, string query = "")
    {
        await IndexesCaughtUpAsync();
        var response = await _school.GetAsync($"/v1/students/{student}/matches?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    private static List<JsonNode> Offers(JsonObject page) => [.. page["items"]!.AsArray().Select(m => m!["offer"]!)];

    // Replaces one of the company's resources, with If-Match set to its current ETag.
    private async Task ReplaceAsync(string path, Dictionary<string, object?> body)
    {
        var current = await _company.GetAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(current.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await _company.SendAsync(request)).StatusCode);
    }

    private static List<Guid> Ids(JsonObject page) => [.. page["items"]!.AsArray().Select(m => m!["offer"]!["id"]!.GetValue<Guid>())];

    private static async Task AccreditAsync(HttpClient company, Guid companyId, int crebo, string learningPath, string validFrom) =>
        Assert.Equal(HttpStatusCode.Created, (await company.PostAsJsonAsync($"/v1/companies/{companyId}/accreditations",
            new { crebo, learningPath, validFrom })).StatusCode);
}
