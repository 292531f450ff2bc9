using System.Net;
using System.Net.Http.Json;
using Matching.Tests.Service;
using Matching.Tests;
using Npgsql;

namespace Matching.Api.Tests;

/// <summary>Many clients at once on one record: no update is lost and no offer is overbooked.</summary>
public sealed class ConcurrencyTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private const int Clients = 16;
    private const int Students = 100;

    [Fact]
    public async Task Concurrent_updates_with_the_same_etag_let_exactly_one_win_and_the_record_is_the_winners()
    {
        var school = await SchoolAsync();
        var created = await school.PostAsJsonAsync("/v1/students", TestData.Student());
        var id = (await ReadJsonAsync(created))["id"]!.GetValue<Guid>();
        var etag = created.Headers.ETag!.Tag;
        var bodies = Enumerable.Range(0, Clients)
            .Select(i => TestData.Student().With("freeText", $"versie {i}: ik wil graag in een magazijn werken").With("maxDistanceKm", 10 + i))
            .ToList();

        var responses = await Task.WhenAll(bodies.Select(async body =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/v1/students/{id}") { Content = JsonContent.Create(body) };
            request.Headers.IfMatch.ParseAdd(etag);
            return await ClientWithKeyOf(school).SendAsync(request);
        }));

        var winners = Enumerable.Range(0, Clients).Where(i => responses[i].StatusCode == HttpStatusCode.OK).ToList();
        var winner = Assert.Single(winners);
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await AssertProblemAsync(loser, HttpStatusCode.PreconditionFailed);
        }
        var stored = await ReadJsonAsync(await school.GetAsync($"/v1/students/{id}"));
        Assert.Equal((string)bodies[winner]["freeText"]!, stored["freeText"]!.GetValue<string>());
        Assert.Equal((int)bodies[winner]["maxDistanceKm"]!, stored["maxDistanceKm"]!.GetValue<int>());
        Assert.Equal(2, stored["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_hundred_concurrent_proposals_and_acceptances_fill_an_offer_with_three_places_exactly()
    {
        var school = await SchoolAsync();
        var company = await CompanyAsync();
        Assert.Equal(HttpStatusCode.Created, (await company.PostAsJsonAsync("/v1/companies", TestData.Company())).StatusCode);
        var offerId = await PostOfferAsync(company, TestData.Offer(places: 3));
        var bulk = await school.PostAsJsonAsync("/v1/students/bulk",
            new { students = Enumerable.Range(0, Students).Select(i => TestData.Student($"STU-{i}")).ToList() });
        var studentIds = (await ReadJsonAsync(bulk))["results"]!.AsArray().Select(r => r!["id"]!.GetValue<Guid>()).ToList();

        // Each student is proposed and, as soon as the proposal is in, accepted: proposals and acceptances interleave.
        var outcomes = await Task.WhenAll(studentIds.Select(async Task<(HttpResponseMessage Proposal, HttpResponseMessage? Acceptance)> (studentId) =>
        {
            var proposal = await school.PostAsJsonAsync("/v1/placements", new { studentId, offerId });
            if (proposal.StatusCode != HttpStatusCode.Created)
            {
                return (proposal, null);
            }
            var placementId = (await ReadJsonAsync(proposal))["id"]!.GetValue<Guid>();
            return (proposal, await company.PostAsync($"/v1/placements/{placementId}/accept", null));
        }));

        Assert.Equal(Students, studentIds.Count);
        var accepted = outcomes.Count(o => o.Acceptance?.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, accepted);
        foreach (var refused in outcomes.Select(o => o.Acceptance ?? o.Proposal).Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await AssertProblemAsync(refused, HttpStatusCode.Conflict);
        }
        Assert.Equal(0, (await ReadJsonAsync(await company.GetAsync($"/v1/offers/{offerId}")))["freePlaces"]!.GetValue<int>());
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM placements WHERE offer_id = $1 AND status IN ('accepted', 'active')", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = offerId });
        Assert.Equal(3L, await command.ExecuteScalarAsync());
    }

    // A client per request, so the requests really run side by side rather than queue on one connection.
    private HttpClient ClientWithKeyOf(HttpClient client) => ClientWithKey(client.DefaultRequestHeaders.Authorization!.Parameter!);
}
