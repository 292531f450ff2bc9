using System.Net;
using System.Net.Http.Json;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

public sealed class CompaniesAndOffersApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task A_company_registers_itself_its_accreditation_and_an_offer()
    {
        var company = await CompanyAsync();

        var registered = await company.PostAsJsonAsync("/v1/companies", TestData.Company());
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var companyId = (await ReadJsonAsync(registered))["id"]!.GetValue<Guid>();

        var accreditation = await company.PostAsJsonAsync($"/v1/companies/{companyId}/accreditations", TestData.Accreditation());
        Assert.Equal(HttpStatusCode.Created, accreditation.StatusCode);
        var accreditations = await ReadJsonAsync(await company.GetAsync($"/v1/companies/{companyId}/accreditations"));
        Assert.Equal(1, accreditations["total"]!.GetValue<long>());

        var posted = await company.PostAsJsonAsync("/v1/offers", TestData.Offer(places: 3));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var offer = await ReadJsonAsync(posted);
        Assert.Equal(companyId, offer["companyId"]!.GetValue<Guid>());
        Assert.Equal(3089, offer["pc4"]!.GetValue<int>());
        Assert.Equal(3, offer["freePlaces"]!.GetValue<int>());
        Assert.Equal("open", offer["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_offer_is_read_listed_updated_and_closed()
    {
        var company = await CompanyAsync();
        await company.PostAsJsonAsync("/v1/companies", TestData.Company());
        var id = await PostOfferAsync(company);
        var school = await SchoolAsync();

        var read = await school.GetAsync($"/v1/offers/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var listed = await ReadJsonAsync(await school.GetAsync($"/v1/offers?status=open&crebo={TestData.LogisticsCrebo}&region=rijnmond&sector=mobiliteit-transport-logistiek-maritiem"));
        Assert.Equal(1, listed["total"]!.GetValue<long>());
        var elsewhere = await ReadJsonAsync(await school.GetAsync("/v1/offers?region=groot-amsterdam"));
        Assert.Equal(0, elsewhere["total"]!.GetValue<long>());

        var update = new HttpRequestMessage(HttpMethod.Put, $"/v1/offers/{id}") { Content = JsonContent.Create(TestData.Offer().With("title", "Stagiair magazijn en expeditie")) };
        update.Headers.IfMatch.ParseAdd(read.Headers.ETag!.Tag);
        var updated = await company.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Stagiair magazijn en expeditie", (await ReadJsonAsync(updated))["title"]!.GetValue<string>());

        var closed = await company.PostAsync($"/v1/offers/{id}/close", null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("closed", (await ReadJsonAsync(closed))["status"]!.GetValue<string>());
        Assert.Equal(0, (await ReadJsonAsync(await school.GetAsync("/v1/offers?status=open")))["total"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("kvk", "1234567")]
    [InlineData("kvk", "1234567a")]
    [InlineData("pc4", 1001)]
    [InlineData("sectorCode", "haven")]
    [InlineData("name", "")]
    [InlineData("contactEmail", "not-an-address")]
    public async Task An_invalid_company_is_rejected_and_nothing_stored(string field, object value)
    {
        var admin = Admin;

        var response = await admin.PostAsJsonAsync("/v1/companies", TestData.Company().With(field, value));

        await AssertValidationProblemAsync(response, field);
        Assert.Equal(0, await CountAsync("companies"));
    }

    [Theory]
    [InlineData("crebos", new[] { 99999 }, "crebos")]
    [InlineData("levelMin", 0, "levelMin")]
    [InlineData("levelMax", 5, "levelMax")]
    [InlineData("learningPath", "HBO", "learningPath")]
    [InlineData("endDate", "2027-01-01", "endDate")]
    [InlineData("places", 0, "places")]
    [InlineData("pc4", 1001, "pc4")]
    [InlineData("title", "", "title")]
    public async Task An_invalid_offer_is_rejected_and_nothing_stored(string field, object value, string errorField)
    {
        var company = await CompanyAsync();
        await company.PostAsJsonAsync("/v1/companies", TestData.Company());

        var response = await company.PostAsJsonAsync("/v1/offers", TestData.Offer().With(field, value));

        await AssertValidationProblemAsync(response, errorField);
        Assert.Equal(0, await CountAsync("offers"));
    }

    [Fact]
    public async Task Offer_texts_over_their_limits_are_rejected()
    {
        var company = await CompanyAsync();
        await company.PostAsJsonAsync("/v1/companies", TestData.Company());

        var response = await company.PostAsJsonAsync("/v1/offers", TestData.Offer()
            .With("title", new string('t', 121)).With("description", new string('d', 4001)).With("requirements", new string('r', 2001)));

        await AssertValidationProblemAsync(response, "title", "description", "requirements");
        Assert.Equal(0, await CountAsync("offers"));
    }

    [Fact]
    public async Task An_accreditation_for_an_unknown_crebo_or_ending_before_it_starts_is_rejected()
    {
        var company = await CompanyAsync();
        var companyId = (await ReadJsonAsync(await company.PostAsJsonAsync("/v1/companies", TestData.Company())))["id"]!.GetValue<Guid>();

        var unknown = await company.PostAsJsonAsync($"/v1/companies/{companyId}/accreditations", new { crebo = 99999, learningPath = "BOL", validFrom = "2026-01-01" });
        var reversed = await company.PostAsJsonAsync($"/v1/companies/{companyId}/accreditations",
            new { crebo = TestData.LogisticsCrebo, learningPath = "BBL", validFrom = "2026-01-01", validUntil = "2025-01-01" });

        await AssertValidationProblemAsync(unknown, "crebo");
        await AssertValidationProblemAsync(reversed, "validUntil");
        Assert.Equal(0, await CountAsync("accreditations"));
    }

    [Fact]
    public async Task A_stale_offer_update_gets_412_and_changes_nothing()
    {
        var company = await CompanyAsync();
        await company.PostAsJsonAsync("/v1/companies", TestData.Company());
        var id = await PostOfferAsync(company);
        await company.PostAsync($"/v1/offers/{id}/close", null);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/v1/offers/{id}") { Content = JsonContent.Create(TestData.Offer().With("places", 5)) };
        stale.Headers.IfMatch.ParseAdd("\"1\"");
        var response = await company.SendAsync(stale);

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Equal(2, (await ReadJsonAsync(await company.GetAsync($"/v1/offers/{id}")))["places"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_company_that_is_not_registered_cannot_post_offers()
    {
        var company = await CompanyAsync();

        var response = await company.PostAsJsonAsync("/v1/offers", TestData.Offer());

        await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(0, await CountAsync("offers"));
    }

    [Fact]
    public async Task The_kvk_number_of_a_company_cannot_change()
    {
        var company = await CompanyAsync();
        var created = await company.PostAsJsonAsync("/v1/companies", TestData.Company());
        var id = (await ReadJsonAsync(created))["id"]!.GetValue<Guid>();

        var update = new HttpRequestMessage(HttpMethod.Put, $"/v1/companies/{id}") { Content = JsonContent.Create(TestData.Company("11112222")) };
        update.Headers.IfMatch.ParseAdd(created.Headers.ETag!.Tag);
        var response = await Admin.SendAsync(update);

        await AssertValidationProblemAsync(response, "kvk");
    }
}
