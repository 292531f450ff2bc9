using System.Net;
using System.Net.Http.Json;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests.Contract;

/// <summary>Every 201's Location is a resource its creator can read, and only those who may read it can.</summary>
public sealed class LocationTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task An_issued_api_keys_location_reads_the_key_without_its_secret_for_an_admin_only()
    {
        var issued = await Admin.PostAsJsonAsync("/v1/api-keys", new { name = "portal", role = "school", brin = SchoolBrin });
        var school = await SchoolAsync();

        var read = await Admin.GetAsync(issued.Headers.Location);
        var bySchool = await school.GetAsync(issued.Headers.Location);

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var key = await ReadJsonAsync(read);
        Assert.Equal((await ReadJsonAsync(issued))["apiKey"]!["id"]!.GetValue<Guid>(), key["id"]!.GetValue<Guid>());
        Assert.Null(key["key"]);
        await AssertProblemAsync(bySchool, HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Admin.GetAsync($"/v1/api-keys/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_accreditations_location_reads_it_for_its_company_and_not_for_another()
    {
        var company = await CompanyAsync();
        var companyId = (await ReadJsonAsync(await company.PostAsJsonAsync("/v1/companies", TestData.Company())))["id"]!.GetValue<Guid>();
        var created = await company.PostAsJsonAsync($"/v1/companies/{companyId}/accreditations", TestData.Accreditation());
        var other = await CompanyAsync(OtherCompanyKvk);

        var read = await company.GetAsync(created.Headers.Location);
        var byOther = await other.GetAsync(created.Headers.Location);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(TestData.LogisticsCrebo, (await ReadJsonAsync(read))["crebo"]!.GetValue<int>());
        await AssertProblemAsync(byOther, HttpStatusCode.Forbidden);
        await AssertProblemAsync(await company.GetAsync($"/v1/companies/{companyId}/accreditations/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }
}
