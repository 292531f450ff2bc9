using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Tests;
using Matching.Tests.Service;

namespace Matching.Api.Tests;

/// <summary>
/// Placement rounds on a small region built by hand: one leerbedrijf near Rotterdam with a few offers, a few students of
/// two schools, each student known by its PC4 (which the company's candidate list shows) so that rankings can name them.
/// </summary>
public sealed class PlacementRoundsApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private HttpClient _school = null!;
    private HttpClient _otherSchool = null!;
    private HttpClient _company = null!;
    private HttpClient _coordinator = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _school = await SchoolAsync();
        _otherSchool = await SchoolAsync(OtherSchoolBrin);
        _company = await CompanyAsync();
        _coordinator = await CoordinatorAsync("rijnmond");
        await RegisterAccreditedCompanyAsync(_company);
    }

    [Fact]
    public async Task A_round_assigns_by_deferred_acceptance_on_both_sides_rankings()
    {
        var (o1, o2) = (await PostOfferAsync(_company, TestData.Offer(places: 1)), await PostOfferAsync(_company, TestData.Offer(places: 1)));
        var s1 = await PostStudentAsync(_school, TestData.Student("S1").With("pc4", 3071));
        var s2 = await PostStudentAsync(_school, TestData.Student("S2").With("pc4", 3072));
        var s3 = await PostStudentAsync(_school, TestData.Student("S3").With("pc4", 3073));
        var bbl = await PostStudentAsync(_school, TestData.Student("S4").With("learningPath", "BBL").With("pc4", 3074));
        var round = await CreateRoundAsync();
        await RankOffersAsync(round, s1, o1, o2);
        await RankOffersAsync(round, s2, o1, o2);
        await RankOffersAsync(round, s3, o2, o1);
        await RankCandidatesAsync(round, o1, 3072, 3071, 3073);
        await RankCandidatesAsync(round, o2, 3071, 3073, 3072);

        var run = await _coordinator.PostAsync($"/v1/placement-rounds/{round}/run", null);

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var summary = (await ReadJsonAsync(run))["summary"]!;
        Assert.Equal((4, 2, 2, 2, 1, 1, 2, 0, 1), (Int(summary, "students"), Int(summary, "offers"), Int(summary, "places"), Int(summary, "placed"),
            Int(summary, "noEligibleOffer"), Int(summary, "preferredOffersFull"), Int(summary, "greedyPlaced"), Int(summary, "blockingPairs"), Int(summary, "firstChoice")));
        var lines = await LinesAsync(_coordinator, round);
        Assert.Equal((o2, 2, (string?)null), Line(lines[s1]));
        Assert.Equal((o1, 1, (string?)null), Line(lines[s2]));
        Assert.Equal(((Guid?)null, (int?)null, "preferred_offers_full"), Line(lines[s3]));
        Assert.Equal(((Guid?)null, (int?)null, "no_eligible_offer"), Line(lines[bbl]));
        var blind = await _company.GetStringAsync($"/v1/placement-rounds/{round}/offers");
        Assert.DoesNotContain(s1.ToString(), blind);
        Assert.DoesNotContain(s2.ToString(), blind);
        Assert.DoesNotContain(SchoolBrin, blind);
        var offers = JsonNode.Parse(blind)!["items"]!.AsArray();
        Assert.Equal([await CandidateRefAsync(o1, 3072)], Proposed(offers, o1));
        Assert.Equal([await CandidateRefAsync(o2, 3071)], Proposed(offers, o2));
        var audit = (await ReadJsonAsync(await _school.GetAsync($"/v1/students/{s2}/audit")))["items"]!.AsArray();
        Assert.Contains(audit, view => view!["context"]!.GetValue<string>() == "round" && view["offerId"]!.GetValue<Guid>() == o1);
    }

    [Fact]
    public async Task Without_a_company_ranking_the_candidate_with_the_fewest_alternatives_goes_first_and_the_round_beats_the_baseline()
    {
        var early = await PostOfferAsync(_company, TestData.Offer(places: 1));
        var late = await PostOfferAsync(_company, TestData.Offer(places: 1).With("title", "Stagiair voorraadbeheer").With("startDate", "2027-05-01").With("endDate", "2027-08-31"));
        // Registered first and free for both offers, then one who can only do the early one.
        var flexible = await PostStudentAsync(_school, TestData.Student("FLEX").With("availableUntil", "2027-09-30").With("pc4", 3072));
        var shortly = await PostStudentAsync(_school, TestData.Student("SHORT").With("availableUntil", "2027-04-15").With("pc4", 3072));
        var round = await CreateRoundAsync();
        await RankOffersAsync(round, flexible, early, late);

        var summary = (await ReadJsonAsync(await _coordinator.PostAsync($"/v1/placement-rounds/{round}/run", null)))["summary"]!;

        var lines = await LinesAsync(_coordinator, round);
        Assert.Equal(early, Line(lines[shortly]).Offer);
        Assert.Equal(late, Line(lines[flexible]).Offer);
        Assert.Equal((2, 1, 0), (Int(summary, "placed"), Int(summary, "greedyPlaced"), Int(summary, "blockingPairs")));
    }

    [Fact]
    public async Task Confirming_turns_the_proposal_into_placement_proposals_once()
    {
        var offer = await PostOfferAsync(_company, TestData.Offer(places: 2));
        var (s1, s2) = (await PostStudentAsync(_school, TestData.Student("S1").With("pc4", 3071)), await PostStudentAsync(_otherSchool, TestData.Student("S2").With("pc4", 3072)));
        var round = await CreateRoundAsync();
        await RunAsync(round);

        var first = await _coordinator.PostAsync($"/v1/placement-rounds/{round}/confirm", null);
        var again = await _coordinator.PostAsync($"/v1/placement-rounds/{round}/confirm", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("confirmed", (await ReadJsonAsync(first))["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, await CountAsync("placements WHERE status = 'proposed'"));
        var lines = await LinesAsync(_coordinator, round);
        foreach (var student in new[] { s1, s2 })
        {
            Assert.Equal("proposed", lines[student]["outcome"]!.GetValue<string>());
            var placement = await ReadJsonAsync(await Admin.GetAsync($"/v1/placements/{lines[student]["placementId"]!.GetValue<Guid>()}"));
            Assert.Equal((student, offer), (placement["studentId"]!.GetValue<Guid>(), placement["offerId"]!.GetValue<Guid>()));
        }
        await AssertProblemAsync(await _coordinator.PostAsync($"/v1/placement-rounds/{round}/run", null), HttpStatusCode.Conflict);
        await AssertProblemAsync(await _coordinator.PostAsync($"/v1/placement-rounds/{round}/discard", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Two_confirmations_at_once_propose_each_line_once()
    {
        await PostOfferAsync(_company, TestData.Offer(places: 3));
        for (var i = 1; i <= 3; i++)
        {
            await PostStudentAsync(_school, TestData.Student($"S{i}").With("pc4", 3070 + i));
        }
        var round = await CreateRoundAsync();
        await RunAsync(round);

        var answers = await Task.WhenAll(
            _coordinator.PostAsync($"/v1/placement-rounds/{round}/confirm", null), _coordinator.PostAsync($"/v1/placement-rounds/{round}/confirm", null));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.Equal(3, await CountAsync("placements WHERE status = 'proposed'"));
        Assert.All((await LinesAsync(_coordinator, round)).Values, line => Assert.Equal("proposed", line["outcome"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Rankings_close_when_the_round_runs_and_a_discarded_round_refuses_to_run()
    {
        var offer = await PostOfferAsync(_company, TestData.Offer(places: 1));
        var student = await PostStudentAsync(_school, TestData.Student("S1").With("pc4", 3071));
        var round = await CreateRoundAsync();
        await RunAsync(round);

        await AssertProblemAsync(await _school.PutAsJsonAsync($"/v1/placement-rounds/{round}/students/{student}/ranking", new { offerIds = new[] { offer } }), HttpStatusCode.Conflict);
        await AssertProblemAsync(await _coordinator.PostAsync($"/v1/placement-rounds/{Guid.NewGuid()}/confirm", null), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await _coordinator.PostAsync($"/v1/placement-rounds/{round}/discard", null)).StatusCode);
        await AssertProblemAsync(await _coordinator.PostAsync($"/v1/placement-rounds/{round}/run", null), HttpStatusCode.Conflict);
        await AssertProblemAsync(await _coordinator.PostAsync($"/v1/placement-rounds/{round}/confirm", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_school_sees_only_its_own_students_lines_and_a_company_none()
    {
        await PostOfferAsync(_company, TestData.Offer(places: 1));
        var own = await PostStudentAsync(_school, TestData.Student("S1").With("pc4", 3071));
        await PostStudentAsync(_otherSchool, TestData.Student("S2").With("pc4", 3072));
        var round = await CreateRoundAsync();
        await RunAsync(round);

        var seen = await LinesAsync(_school, round);

        Assert.Equal([own], seen.Keys);
        await AssertProblemAsync(await _company.GetAsync($"/v1/placement-rounds/{round}/assignments"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await _school.GetAsync($"/v1/placement-rounds/{round}/offers"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_rounds_and_rankings_are_refused_and_change_nothing()
    {
        var offer = await PostOfferAsync(_company, TestData.Offer(places: 1));
        var student = await PostStudentAsync(_otherSchool, TestData.Student("S1").With("pc4", 3071));
        var round = await CreateRoundAsync();
        var amsterdam = await CoordinatorAsync("groot-amsterdam");

        await AssertValidationProblemAsync(await _coordinator.PostAsJsonAsync("/v1/placement-rounds", Round().With("regions", new[] { "atlantis" })), "regions");
        await AssertValidationProblemAsync(await _coordinator.PostAsJsonAsync("/v1/placement-rounds", Round().With("preferencesDeadline", DateTimeOffset.UtcNow.AddMinutes(-1))), "preferencesDeadline");
        await AssertValidationProblemAsync(await _coordinator.PostAsJsonAsync("/v1/placement-rounds", Round().With("startUntil", "2026-12-01")), "startUntil");
        await AssertValidationProblemAsync(await _coordinator.PostAsJsonAsync("/v1/placement-rounds", Round().With("regions", Array.Empty<string>())), "regions");
        await AssertProblemAsync(await amsterdam.PostAsJsonAsync("/v1/placement-rounds", Round()), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await amsterdam.PostAsync($"/v1/placement-rounds/{round}/run", null), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await _school.PutAsJsonAsync($"/v1/placement-rounds/{round}/students/{student}/ranking", new { offerIds = new[] { offer } }), HttpStatusCode.Forbidden);
        await AssertValidationProblemAsync(await Admin.PutAsJsonAsync($"/v1/placement-rounds/{round}/students/{student}/ranking", new { offerIds = new[] { offer, offer } }), "offerIds");
        await AssertProblemAsync(await _company.PutAsJsonAsync($"/v1/placement-rounds/{round}/offers/{Guid.NewGuid()}/ranking", new { candidateRefs = new[] { "0123456789abcdef" } }), HttpStatusCode.NotFound);
        await AssertValidationProblemAsync(await _company.PutAsJsonAsync($"/v1/placement-rounds/{round}/offers/{offer}/ranking", new { candidateRefs = new[] { "<script>" } }), "candidateRefs");

        Assert.Equal(1, await CountAsync("placement_rounds"));
        Assert.Equal(0, await CountAsync("round_student_rankings"));
        Assert.Equal(0, await CountAsync("round_offer_rankings"));
        Assert.Equal("open", (await ReadJsonAsync(await _coordinator.GetAsync($"/v1/placement-rounds/{round}")))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Erasing_a_student_takes_its_round_lines_and_ranking_with_it()
    {
        var offer = await PostOfferAsync(_company, TestData.Offer(places: 1));
        var student = await PostStudentAsync(_school, TestData.Student("S1").With("pc4", 3071));
        var round = await CreateRoundAsync();
        await RankOffersAsync(round, student, offer);
        await RunAsync(round);
        Assert.Equal(1, await CountAsync("round_assignments"));

        Assert.Equal(HttpStatusCode.NoContent, (await _school.DeleteAsync($"/v1/students/{student}")).StatusCode);

        Assert.Equal(0, await CountAsync("round_assignments"));
        Assert.Equal(0, await CountAsync("round_student_rankings"));
    }

    private static Dictionary<string, object?> Round() => new()
    {
        ["name"] = "Matchingdag Rijnmond",
        ["regions"] = new[] { "rijnmond" },
        ["startFrom"] = "2027-01-01",
        ["startUntil"] = "2027-06-30",
        ["preferencesDeadline"] = DateTimeOffset.UtcNow.AddDays(7),
    };

    private async Task<Guid> CreateRoundAsync()
    {
        await IndexesCaughtUpAsync();
        var response = await _coordinator.PostAsJsonAsync("/v1/placement-rounds", Round());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJsonAsync(response))["id"]!.GetValue<Guid>();
    }

    private async Task RunAsync(Guid round) =>
        Assert.Equal(HttpStatusCode.OK, (await _coordinator.PostAsync($"/v1/placement-rounds/{round}/run", null)).StatusCode);

    private async Task RankOffersAsync(Guid round, Guid student, params Guid[] offerIds) =>
        Assert.Equal(HttpStatusCode.OK, (await Admin.PutAsJsonAsync($"/v1/placement-rounds/{round}/students/{student}/ranking", new { offerIds })).StatusCode);

    private async Task RankCandidatesAsync(Guid round, Guid offer, params int[] pc4s)
    {
        var candidateRefs = new List<string>();
        foreach (var pc4 in pc4s)
        {
            candidateRefs.Add(await CandidateRefAsync(offer, pc4));
        }
        Assert.Equal(HttpStatusCode.OK, (await _company.PutAsJsonAsync($"/v1/placement-rounds/{round}/offers/{offer}/ranking", new { candidateRefs })).StatusCode);
    }

    // The company knows a candidate by its pseudonym for the offer; in these tests each student lives in its own PC4.
    private async Task<string> CandidateRefAsync(Guid offer, int pc4)
    {
        var candidates = (await ReadJsonAsync(await _company.GetAsync($"/v1/offers/{offer}/candidates?limit=100")))["items"]!.AsArray();
        return candidates.Single(c => c!["pc4"]!.GetValue<int>() == pc4)!["candidateRef"]!.GetValue<string>();
    }

    private static async Task<Dictionary<Guid, JsonNode>> LinesAsync(HttpClient client, Guid round)
    {
        var response = await client.GetAsync($"/v1/placement-rounds/{round}/assignments?limit=200");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadJsonAsync(response))["items"]!.AsArray().ToDictionary(l => l!["studentId"]!.GetValue<Guid>(), l => l!);
    }

    private static (Guid? Offer, int? Choice, string? Reason) Line(JsonNode line) =>
        (line["offerId"]?.GetValue<Guid>(), line["choice"]?.GetValue<int>(), line["reason"]?.GetValue<string>());

    private static List<string> Proposed(JsonArray offers, Guid offer) =>
        [.. offers.Single(o => o!["offerId"]!.GetValue<Guid>() == offer)!["proposed"]!.AsArray().Select(r => r!.GetValue<string>())];

    private static int Int(JsonNode node, string field) => node[field]!.GetValue<int>();
}
