using System.Net;
using System.Net.Http.Json;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

public sealed class PlacementsApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private HttpClient _school = null!;
    private HttpClient _company = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _school = await SchoolAsync();
        _company = await CompanyAsync();
        Assert.Equal(HttpStatusCode.Created, (await _company.PostAsJsonAsync("/v1/companies", TestData.Company())).StatusCode);
    }

    [Fact]
    public async Task A_proposal_is_accepted_and_takes_a_place_and_the_student_is_placed()
    {
        var offerId = await PostOfferAsync(_company, TestData.Offer(places: 2));
        var studentId = await PostStudentAsync(_school, TestData.Student("STU-1"));

        var proposed = await _school.PostAsJsonAsync("/v1/placements", new { studentId, offerId });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var placement = await ReadJsonAsync(proposed);
        Assert.Equal("proposed", placement["status"]!.GetValue<string>());
        Assert.Equal("2027-02-01", placement["startDate"]!.GetValue<string>());
        var placementId = placement["id"]!.GetValue<Guid>();

        var accepted = await _company.PostAsync($"/v1/placements/{placementId}/accept", null);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("accepted", (await ReadJsonAsync(accepted))["status"]!.GetValue<string>());
        Assert.Equal(1, (await ReadJsonAsync(await _school.GetAsync($"/v1/offers/{offerId}")))["freePlaces"]!.GetValue<int>());
        Assert.Equal("placed", (await ReadJsonAsync(await _school.GetAsync($"/v1/students/{studentId}")))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_placement_carries_its_version_as_ETag_like_students_and_offers()
    {
        var offerId = await PostOfferAsync(_company, TestData.Offer(places: 2));
        var studentId = await PostStudentAsync(_school, TestData.Student("STU-1"));

        var proposed = await _school.PostAsJsonAsync("/v1/placements", new { studentId, offerId });
        var placementId = (await ReadJsonAsync(proposed))["id"]!.GetValue<Guid>();
        var read = await _school.GetAsync($"/v1/placements/{placementId}");
        var accepted = await _company.PostAsync($"/v1/placements/{placementId}/accept", null);

        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        Assert.Equal($"/v1/placements/{placementId}", proposed.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", proposed.Headers.ETag?.ToString());
        Assert.Equal("\"1\"", read.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal($"\"{(await ReadJsonAsync(accepted))["version"]!.GetValue<int>()}\"", accepted.Headers.ETag?.ToString());
        Assert.NotEqual("\"1\"", accepted.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Declining_and_cancelling_free_the_place_again()
    {
        var offerId = await PostOfferAsync(_company, TestData.Offer(places: 1));
        var first = await ProposeAsync(await PostStudentAsync(_school, TestData.Student("STU-1")), offerId);
        var second = await ProposeAsync(await PostStudentAsync(_school, TestData.Student("STU-2")), offerId);

        Assert.Equal(HttpStatusCode.OK, (await _company.PostAsync($"/v1/placements/{first}/decline", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _company.PostAsync($"/v1/placements/{second}/accept", null)).StatusCode);
        Assert.Equal(0, (await ReadJsonAsync(await _school.GetAsync($"/v1/offers/{offerId}")))["freePlaces"]!.GetValue<int>());
        var cancelled = await _school.PostAsync($"/v1/placements/{second}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(1, (await ReadJsonAsync(await _school.GetAsync($"/v1/offers/{offerId}")))["freePlaces"]!.GetValue<int>());
        await AssertProblemAsync(await _company.PostAsync($"/v1/placements/{first}/accept", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_full_offer_refuses_proposals_and_a_closed_one_too()
    {
        var offerId = await PostOfferAsync(_company, TestData.Offer(places: 1));
        var placed = await ProposeAsync(await PostStudentAsync(_school, TestData.Student("STU-1")), offerId);
        await _company.PostAsync($"/v1/placements/{placed}/accept", null);

        var full = await _school.PostAsJsonAsync("/v1/placements", new { studentId = await PostStudentAsync(_school, TestData.Student("STU-2")), offerId });
        await _company.PostAsync($"/v1/offers/{offerId}/close", null);
        var closed = await _school.PostAsJsonAsync("/v1/placements", new { studentId = await PostStudentAsync(_school, TestData.Student("STU-3")), offerId });

        await AssertProblemAsync(full, HttpStatusCode.Conflict);
        await AssertProblemAsync(closed, HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync("placements"));
    }

    [Fact]
    public async Task Concurrent_proposals_and_acceptances_never_overbook_an_offer()
    {
        var offerId = await PostOfferAsync(_company, TestData.Offer(places: 3));
        var students = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            students.Add(await PostStudentAsync(_school, TestData.Student($"STU-{i}")));
        }
        var proposals = await Task.WhenAll(students.Select(s => _school.PostAsJsonAsync("/v1/placements", new { studentId = s, offerId })));
        var placementIds = new List<Guid>();
        foreach (var proposal in proposals.Where(p => p.StatusCode == HttpStatusCode.Created))
        {
            placementIds.Add((await ReadJsonAsync(proposal))["id"]!.GetValue<Guid>());
        }

        var acceptances = await Task.WhenAll(placementIds.Select(id => _company.PostAsync($"/v1/placements/{id}/accept", null)));

        Assert.Equal(20, placementIds.Count);
        Assert.Equal(3, acceptances.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(acceptances.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(0, (await ReadJsonAsync(await _school.GetAsync($"/v1/offers/{offerId}")))["freePlaces"]!.GetValue<int>());
        await using var connection = new Npgsql.NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM placements WHERE status = 'accepted'", connection);
        Assert.Equal(3L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_same_student_cannot_be_proposed_twice_for_one_offer()
    {
        var offerId = await PostOfferAsync(_company, TestData.Offer(places: 2));
        var studentId = await PostStudentAsync(_school, TestData.Student("STU-1"));
        await ProposeAsync(studentId, offerId);

        var again = await _school.PostAsJsonAsync("/v1/placements", new { studentId, offerId });

        await AssertProblemAsync(again, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Places_cannot_be_lowered_below_the_accepted_placements()
    {
        var offerId = await PostOfferAsync(_company, TestData.Offer(places: 2));
        foreach (var student in new[] { "STU-1", "STU-2" })
        {
            await _company.PostAsync($"/v1/placements/{await ProposeAsync(await PostStudentAsync(_school, TestData.Student(student)), offerId)}/accept", null);
        }
        var current = await _company.GetAsync($"/v1/offers/{offerId}");

        var update = new HttpRequestMessage(HttpMethod.Put, $"/v1/offers/{offerId}") { Content = JsonContent.Create(TestData.Offer().With("places", 1)) };
        update.Headers.IfMatch.ParseAdd(current.Headers.ETag!.Tag);
        var response = await _company.SendAsync(update);

        await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(2, (await ReadJsonAsync(await _company.GetAsync($"/v1/offers/{offerId}")))["places"]!.GetValue<int>());
    }

    [Fact]
    public async Task Each_side_lists_only_its_own_placements()
    {
        var offerId = await PostOfferAsync(_company, TestData.Offer(places: 2));
        await ProposeAsync(await PostStudentAsync(_school, TestData.Student("STU-1")), offerId);
        var otherSchool = await SchoolAsync(OtherSchoolBrin);
        var otherCompany = await CompanyAsync(OtherCompanyKvk);

        Assert.Equal(1, (await ReadJsonAsync(await _school.GetAsync("/v1/placements")))["total"]!.GetValue<long>());
        Assert.Equal(1, (await ReadJsonAsync(await _company.GetAsync("/v1/placements")))["total"]!.GetValue<long>());
        Assert.Equal(0, (await ReadJsonAsync(await otherSchool.GetAsync("/v1/placements")))["total"]!.GetValue<long>());
        Assert.Equal(0, (await ReadJsonAsync(await otherCompany.GetAsync("/v1/placements")))["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Proposing_a_student_available_only_after_the_offer_ends_is_a_409_not_a_400_on_a_field_the_request_lacks()
    {
        var offerId = await PostOfferAsync(_company, TestData.Offer(places: 1)); // ends 2027-06-30
        var later = (await ReadJsonAsync(await _school.PostAsJsonAsync("/v1/students", TestData.Student("LATE").With("availableFrom", "2027-09-01").Without("availableUntil"))))["id"];

        var response = await _school.PostAsJsonAsync("/v1/placements", new { studentId = later, offerId });

        var problem = await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("2027-09-01", problem["detail"]!.GetValue<string>());
        Assert.Equal(0, await CountAsync("placements"));
    }

    private async Task<Guid> ProposeAsync(Guid studentId, Guid offerId)
    {
        var response = await _school.PostAsJsonAsync("/v1/placements", new { studentId, offerId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJsonAsync(response))["id"]!.GetValue<Guid>();
    }
}
