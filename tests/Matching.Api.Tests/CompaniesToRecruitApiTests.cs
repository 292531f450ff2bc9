using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Matching.Jobs.Shortfalls;
using Matching.Tests;
using Matching.Tests.Service;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.Api.Tests;

/// <summary>
/// GET /v1/shortfalls/{isoWeek}/cells/{cellId}/companies on a region built through the API, snapshot of 2027-W02. February's
/// logistics cell in Rijnmond: ten BOL students of 25774 in Rotterdam-Zuid (3072) who travel 20 km, against the two
/// places of the Waalhaven company's open offer: flagged. January's cell (two students available since December) is not.
/// </summary>
public sealed class CompaniesToRecruitApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private const string Week = "2027-W02";
    private const string February = "mobiliteit-transport-logistiek-maritiem_rijnmond_2027-02";
    private const string January = "mobiliteit-transport-logistiek-maritiem_rijnmond_2027-01";
    private const string Path = $"/v1/shortfalls/{Week}/cells/{February}/companies";
    private static readonly DateOnly Today = new(2027, 1, 15);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var school = await SchoolAsync();
        // Not listed: its open offer for February is all it ever offered.
        var waalhaven = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(waalhaven);
        await PostOfferAsync(waalhaven, TestData.Offer(places: 2));
        // Listed: 2 km from the students, accredited for 25774 BOL, no offer. Then: in the region, 27 km away, out of reach.
        await AccreditedCompanyAsync("11112222", "Centrum Distributie B.V.", 3011, "BOL");
        await AccreditedCompanyAsync("33334444", "Flakkee Logistiek B.V.", 3241, "BOL");
        // Not listed: accredited for BBL only, and no student of the cell is BBL.
        await AccreditedCompanyAsync("55556666", "Zuid Leerbanen B.V.", TestData.RotterdamPc4, "BBL");
        for (var i = 0; i < 10; i++)
        {
            await PostStudentAsync(school, TestData.Student($"FEB-{i}"));
        }
        await PostStudentAsync(school, TestData.Student("DEC-1").With("availableFrom", "2026-12-01"));
        await PostStudentAsync(school, TestData.Student("DEC-2").With("availableFrom", "2026-12-01"));
        await App.Services.GetRequiredService<ShortfallCalculator>().ComputeAsync(Today, DateTimeOffset.UtcNow, CancellationToken.None);
    }

    [Fact]
    public async Task A_flagged_cell_lists_the_companies_to_recruit_with_counts_and_reasons()
    {
        var coordinator = await CoordinatorAsync("rijnmond");

        var page = await ReadJsonAsync(await coordinator.GetAsync(Path));

        Assert.Equal((Week, February, 10, 2L), (page["week"]!.GetValue<string>(), page["cell"]!["id"]!.GetValue<string>(),
            page["students"]!.GetValue<int>(), page["total"]!.GetValue<long>()));
        Assert.Equal((10, 2, 8), (page["cell"]!["demand"]!.GetValue<int>(), page["cell"]!["supply"]!.GetValue<int>(), page["cell"]!["shortfall"]!.GetValue<int>()));
        Assert.Equal(
            [
                (1, "11112222", "Centrum Distributie B.V.", 10, 0, "accredited for 25774 BOL, no open offer for 2027-02"),
                (2, "33334444", "Flakkee Logistiek B.V.", 0, 0, "accredited for 25774 BOL, no open offer for 2027-02; in the region, but no seeking student of the cell lives within reach"),
            ],
            page["items"]!.AsArray().Select(c => (c!["rank"]!.GetValue<int>(), c["kvk"]!.GetValue<string>(), c["name"]!.GetValue<string>(),
                c["studentsWithinReach"]!.GetValue<int>(), c["placements"]!.GetValue<int>(), c["reason"]!.GetValue<string>())));
        var accreditation = page["items"]![0]!["accreditations"]!.AsArray().Single()!;
        Assert.Equal((25774, "BOL", 10, 0, 0), (accreditation["crebo"]!.GetValue<int>(), accreditation["learningPath"]!.GetValue<string>(),
            accreditation["studentsWithinReach"]!.GetValue<int>(), accreditation["openOffers"]!.GetValue<int>(), accreditation["offersBefore"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_shortfall_list_gives_each_cell_the_id_the_companies_are_read_by()
    {
        var coordinator = await CoordinatorAsync("rijnmond");

        var cells = await ReadJsonAsync(await coordinator.GetAsync($"/v1/shortfalls?week={Week}"));

        Assert.Equal([February, January], cells["items"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Pages_keep_the_ranks_of_the_whole_list()
    {
        var page = await ReadJsonAsync(await Admin.GetAsync($"{Path}?limit=1&offset=1"));

        Assert.Equal((2L, 1, 1), (page["total"]!.GetValue<long>(), page["limit"]!.GetValue<int>(), page["offset"]!.GetValue<int>()));
        Assert.Equal([(2, "Flakkee Logistiek B.V.")], page["items"]!.AsArray().Select(c => (c!["rank"]!.GetValue<int>(), c["name"]!.GetValue<string>())));
    }

    [Fact]
    public async Task The_csv_has_every_company_by_format_or_by_accept()
    {
        var coordinator = await CoordinatorAsync("rijnmond");
        var byAccept = new HttpRequestMessage(HttpMethod.Get, $"{Path}?limit=1");
        byAccept.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var byFormat = await coordinator.GetAsync($"{Path}?format=csv");
        var negotiated = await coordinator.SendAsync(byAccept);

        Assert.Equal("text/csv", byFormat.Content.Headers.ContentType!.MediaType);
        var expected = string.Join("\r\n",
            "iso_week,cell_id,rank,kvk,name,pc4,place,region_code,students_within_reach,placements,accreditations,open_offers,offers_before,reason",
            $"{Week},{February},1,11112222,Centrum Distributie B.V.,3011,Rotterdam,rijnmond,10,0,25774 BOL,0,0,\"accredited for 25774 BOL, no open offer for 2027-02\"",
            $"{Week},{February},2,33334444,Flakkee Logistiek B.V.,3241,Middelharnis,rijnmond,0,0,25774 BOL,0,0,\"accredited for 25774 BOL, no open offer for 2027-02; in the region, but no seeking student of the cell lives within reach\"",
            "");
        Assert.Equal(expected, await byFormat.Content.ReadAsStringAsync());
        Assert.Equal(expected, await negotiated.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData($"/v1/shortfalls/2027-W99/cells/{February}/companies", HttpStatusCode.BadRequest)]
    [InlineData("/v1/shortfalls/2027-W02/cells/february/companies", HttpStatusCode.BadRequest)]
    [InlineData("/v1/shortfalls/2027-W02/cells/mobiliteit-transport-logistiek-maritiem_rijnmond_2027-13/companies", HttpStatusCode.BadRequest)]
    [InlineData($"{Path}?format=html", HttpStatusCode.BadRequest)]
    [InlineData($"{Path}?limit=201", HttpStatusCode.BadRequest)]
    [InlineData($"/v1/shortfalls/2026-W10/cells/{February}/companies", HttpStatusCode.NotFound)]
    [InlineData("/v1/shortfalls/2027-W02/cells/mobiliteit-transport-logistiek-maritiem_atlantis_2027-02/companies", HttpStatusCode.NotFound)]
    [InlineData("/v1/shortfalls/2027-W02/cells/mobiliteit-transport-logistiek-maritiem_rijnmond_2027-05/companies", HttpStatusCode.NotFound)]
    [InlineData($"/v1/shortfalls/2027-W02/cells/{January}/companies", HttpStatusCode.NotFound)]
    public async Task Bad_weeks_and_cells_are_problems(string path, HttpStatusCode status)
    {
        var coordinator = await CoordinatorAsync("rijnmond");

        await AssertProblemAsync(await coordinator.GetAsync(path), status);
    }

    [Fact]
    public async Task An_unflagged_cell_says_why_it_has_no_list()
    {
        var problem = await AssertProblemAsync(await Admin.GetAsync($"/v1/shortfalls/{Week}/cells/{January}/companies"), HttpStatusCode.NotFound);

        Assert.Equal($"The shortfall cell {January} of {Week} is not flagged: places to recruit are listed for flagged cells (knelpunten) only.",
            problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_coordinator_of_another_region_or_sector_is_refused_the_cell()
    {
        var amsterdam = await CoordinatorAsync("groot-amsterdam");
        var care = await ClientForAsync("coordinator", sectors: ["zorg-welzijn-sport"]);
        var logistics = await ClientForAsync("coordinator", sectors: ["mobiliteit-transport-logistiek-maritiem"]);

        await AssertProblemAsync(await amsterdam.GetAsync(Path), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await care.GetAsync(Path), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await logistics.GetAsync(Path)).StatusCode);
    }

    private async Task AccreditedCompanyAsync(string kvk, string name, int pc4, string learningPath)
    {
        var company = await CompanyAsync(kvk);
        var id = await CreatedIdAsync(await company.PostAsJsonAsync("/v1/companies", TestData.Company(kvk).With("name", name).With("pc4", pc4)));
        await CreatedIdAsync(await company.PostAsJsonAsync($"/v1/companies/{id}/accreditations", new { crebo = TestData.LogisticsCrebo, learningPath, validFrom = "2026-01-01" }));
    }
}
