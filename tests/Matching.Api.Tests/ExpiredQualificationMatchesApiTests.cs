using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

/// <summary>A student registered on an expired crebo: matched as its successor, or told why offers are few or none.</summary>
public sealed class ExpiredQualificationMatchesApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    // 90250 is an expired Logistiek medewerker (level 2, dossier Logistiek): its successor is 25774, the newest
    // crebo of that name. 10021 Magazijnmedewerker has the same dossier and level, where the current qualifications
    // are two trades (Logistiek medewerker and Parts-/baliemedewerker), so it has none.
    private const int ExpiredWithSuccessor = 90250;
    private const int ExpiredWithoutSuccessor = 10021;

    private HttpClient _school = null!;
    private Guid _offer;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _school = await SchoolAsync();
        var company = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(company); // accredited for 25774, BOL
        var offer = await company.PostAsJsonAsync("/v1/offers", TestData.Offer());
        Assert.Equal(HttpStatusCode.Created, offer.StatusCode);
        _offer = (await ReadJsonAsync(offer))["id"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task A_student_on_an_expired_qualification_is_matched_on_the_offers_of_its_successor()
    {
        var student = await PostStudentAsync(_school, TestData.Student("STU-OLD").With("crebo", ExpiredWithSuccessor));

        var page = await MatchesAsync(student);

        Assert.Equal([_offer], Ids(page));
        var qualification = page["qualification"]!;
        Assert.Equal(ExpiredWithSuccessor, qualification["crebo"]!.GetValue<int>());
        Assert.False(qualification["current"]!.GetValue<bool>());
        Assert.Equal(TestData.LogisticsCrebo, qualification["matchedAs"]!.GetValue<int>());
        Assert.Equal("Logistiek medewerker", qualification["matchedAsName"]!.GetValue<string>());
        Assert.Equal("matched_as_successor", page["notice"]!["code"]!.GetValue<string>());
        Assert.Contains("25774", page["notice"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_student_on_an_expired_qualification_without_a_successor_is_told_why_there_are_no_matches()
    {
        var student = await PostStudentAsync(_school, TestData.Student("STU-OLDER").With("crebo", ExpiredWithoutSuccessor));

        var page = await MatchesAsync(student);

        Assert.Empty(Ids(page));
        Assert.Equal(0, page["total"]!.GetValue<int>());
        Assert.Equal(ExpiredWithoutSuccessor, page["qualification"]!["matchedAs"]!.GetValue<int>());
        Assert.Equal("expired_crebo", page["notice"]!["code"]!.GetValue<string>());
        var message = page["notice"]!["message"]!.GetValue<string>();
        Assert.Contains("not in today's qualification structure", message);
        Assert.Contains("current=true", message); // where to find the crebo to register the student on
    }

    [Fact]
    public async Task A_student_on_a_current_qualification_is_matched_as_itself_without_a_notice()
    {
        var student = await PostStudentAsync(_school, TestData.Student("STU-NEW").With("crebo", TestData.LogisticsCrebo));

        var page = await MatchesAsync(student);

        Assert.Equal([_offer], Ids(page));
        Assert.True(page["qualification"]!["current"]!.GetValue<bool>());
        Assert.Equal(TestData.LogisticsCrebo, page["qualification"]!["matchedAs"]!.GetValue<int>());
        Assert.Null(page["notice"]);
    }

    [Fact]
    public async Task Batch_matches_carry_the_qualification_and_notice_of_an_expired_qualification()
    {
        var withSuccessor = await PostStudentAsync(_school, TestData.Student("STU-OLD").With("crebo", ExpiredWithSuccessor));
        var without = await PostStudentAsync(_school, TestData.Student("STU-OLDER").With("crebo", ExpiredWithoutSuccessor));
        await IndexesCaughtUpAsync();

        var response = await _school.PostAsJsonAsync("/v1/matches/batch", new { studentIds = new[] { withSuccessor, without } });

        var results = (await response.Content.ReadFromJsonAsync<JsonArray>())!;
        Assert.Equal(1, results[0]!["total"]!.GetValue<int>());
        Assert.Equal(TestData.LogisticsCrebo, results[0]!["qualification"]!["matchedAs"]!.GetValue<int>());
        Assert.Equal("matched_as_successor", results[0]!["notice"]!["code"]!.GetValue<string>());
        Assert.Equal(0, results[1]!["total"]!.GetValue<int>());
        Assert.Equal("expired_crebo", results[1]!["notice"]!["code"]!.GetValue<string>());
    }

    private async Task<JsonObject> MatchesAsync(Guid student)
    {
        await IndexesCaughtUpAsync();
        var response = await _school.GetAsync($"/v1/students/{student}/matches");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    private static List<Guid> Ids(JsonObject page) => [.. page["items"]!.AsArray().Select(m => m!["offer"]!["id"]!.GetValue<Guid>())];
}
