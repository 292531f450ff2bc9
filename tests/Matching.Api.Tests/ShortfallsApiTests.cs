using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Tests.Service;
using Matching.Jobs.Expiry;
using Matching.Jobs.Shortfalls;
using Matching.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.Api.Tests;

/// <summary>The shortfall snapshot on a small hand-built dataset, whose figures a person can count.</summary>
public sealed class ShortfallsApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private const string Sector = "mobiliteit-transport-logistiek-maritiem";
    private static readonly DateOnly Today = new(2027, 1, 15); // ISO week 2027-W02; months January to June 2027

    private HttpClient _school = null!;
    private HttpClient _company = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _school = await SchoolAsync();
        _company = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(_company);

        // Supply. February: 2 free places. January: 1 (an offer that started on the 10th).
        await PostOfferAsync(_company, TestData.Offer(places: 2));
        await PostOfferAsync(_company, TestData.Offer(places: 1).With("startDate", "2027-01-10"));
        // Not supply: a full offer, an offer on a path the company is not accredited for, and a closed one.
        var full = await PostOfferAsync(_company, TestData.Offer(places: 1));
        await PostOfferAsync(_company, TestData.Offer(places: 4).With("learningPath", "BBL"));
        var closed = await PostOfferAsync(_company, TestData.Offer(places: 4));
        await _company.PostAsync($"/v1/offers/{closed}/close", null);

        // Demand. February: 10 seeking students. January: 2 available since December.
        for (var i = 0; i < 10; i++)
        {
            await PostStudentAsync(_school, TestData.Student($"FEB-{i}"));
        }
        await PostStudentAsync(_school, TestData.Student("DEC-1").With("availableFrom", "2026-12-01"));
        await PostStudentAsync(_school, TestData.Student("DEC-2").With("availableFrom", "2026-12-01"));
        // Not demand: an inactive student, and the student placed on the full offer.
        await PostStudentAsync(_school, TestData.Student("INACTIVE").With("status", "inactive"));
        var placed = await PostStudentAsync(_school, TestData.Student("PLACED"));
        var placement = await ReadJsonAsync(await _school.PostAsJsonAsync("/v1/placements", new { studentId = placed, offerId = full }));
        Assert.Equal(HttpStatusCode.OK, (await _company.PostAsync($"/v1/placements/{placement["id"]}/accept", null)).StatusCode);
    }

    [Fact]
    public async Task The_snapshot_has_the_figures_counted_by_hand_and_flags_the_short_month()
    {
        await ComputeAsync();
        var coordinator = await CoordinatorAsync("rijnmond");

        var page = await ReadJsonAsync(await coordinator.GetAsync("/v1/shortfalls?week=2027-W02"));

        var cells = page["items"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.Equal("2027-W02", page["week"]!.GetValue<string>());
        Assert.Equal(2, cells.Count);
        var february = cells[0];
        Assert.Equal((Sector, "rijnmond", "2027-02-01", 10, 2, 8, true), Cell(february));
        Assert.Equal((Sector, "rijnmond", "2027-01-01", 2, 1, 1, false), Cell(cells[1]));
        var crebo = february["byCrebo"]!.AsArray().Single()!;
        Assert.Equal(TestData.LogisticsCrebo, crebo["crebo"]!.GetValue<int>());
        Assert.Equal(8, crebo["shortfall"]!.GetValue<int>());
    }

    [Fact]
    public async Task Running_a_week_again_replaces_its_snapshot()
    {
        await ComputeAsync();
        await PostStudentAsync(_school, TestData.Student("LATE"));

        await ComputeAsync();

        Assert.Equal(2, await CountAsync("shortfall_snapshots"));
        var coordinator = await CoordinatorAsync("rijnmond");
        var page = await ReadJsonAsync(await coordinator.GetAsync("/v1/shortfalls?week=2027-W02&flagged=true"));
        Assert.Equal(11, page["items"]![0]!["demand"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_coordinator_cannot_read_another_region()
    {
        await ComputeAsync();
        var amsterdam = await CoordinatorAsync("groot-amsterdam");

        var filtered = await amsterdam.GetAsync("/v1/shortfalls?region=rijnmond");
        var unfiltered = await ReadJsonAsync(await amsterdam.GetAsync("/v1/shortfalls"));
        var report = await ReadJsonAsync(await amsterdam.GetAsync("/v1/reports/2027-W02"));

        await AssertProblemAsync(filtered, HttpStatusCode.Forbidden);
        Assert.Empty(unfiltered["items"]!.AsArray());
        Assert.Empty(report["cells"]!.AsArray());
        Assert.Empty(report["rounds"]!.AsArray());
    }

    [Fact]
    public async Task The_trend_sums_a_sector_per_week()
    {
        await ComputeAsync();
        var coordinator = await CoordinatorAsync("rijnmond");

        var trend = (await (await coordinator.GetAsync($"/v1/shortfalls/trend?sector={Sector}")).Content.ReadFromJsonAsync<JsonArray>())!;

        var point = trend.Single()!["points"]!.AsArray().Single()!;
        Assert.Equal("2027-W02", point["isoWeek"]!.GetValue<string>());
        Assert.Equal((12, 3, 9), (point["demand"]!.GetValue<int>(), point["supply"]!.GetValue<int>(), point["shortfall"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("json", "application/json")]
    [InlineData("csv", "text/csv")]
    [InlineData("html", "text/html")]
    public async Task The_report_comes_in_three_formats(string format, string mediaType)
    {
        await ComputeAsync();
        var coordinator = await CoordinatorAsync("rijnmond");

        var response = await coordinator.GetAsync($"/v1/reports/2027-W02?format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("rijnmond", (await response.Content.ReadAsStringAsync()).ToLowerInvariant());
        // The HTML page may use its own inline styles (and nothing else); no format may be framed or cached.
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal(format == "html", policy.Contains("style-src 'unsafe-inline'"));
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("text/html;q=0.4, text/csv;q=0.8", "text/csv")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html")]
    [InlineData("application/json;q=0, text/*;q=0.5", "text/csv")]
    [InlineData("*/*", "application/json")]
    public async Task Without_a_format_the_accept_header_chooses_by_quality(string accept, string mediaType)
    {
        await ComputeAsync();
        var coordinator = await CoordinatorAsync("rijnmond");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/reports/2027-W02");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await coordinator.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("text/csv;q=0, text/html;q=0, application/json;q=0")]
    public async Task An_accept_header_that_allows_no_format_of_the_report_is_406(string accept)
    {
        await ComputeAsync();
        var coordinator = await CoordinatorAsync("rijnmond");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/reports/2027-W02");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var problem = await AssertProblemAsync(await coordinator.SendAsync(request), HttpStatusCode.NotAcceptable);
        Assert.Equal("/v1/reports/2027-W02", problem["instance"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/v1/reports/2027-W53", "isoWeek")] // 2027 has 52 ISO weeks
    [InlineData("/v1/reports/2027-w02", "isoWeek")]
    [InlineData("/v1/shortfalls?week=2027-W00", "week")]
    [InlineData("/v1/shortfalls?week=2027-W02&region=atlantis&sector=nowhere", "region", "sector")]
    [InlineData("/v1/shortfalls/trend?region=atlantis", "region")]
    [InlineData("/v1/subscriptions/00000000-0000-0000-0000-000000000000/deliveries?week=2026-W99", "week")]
    public async Task A_week_that_is_not_an_iso_week_and_unknown_codes_are_named_in_the_400(string path, params string[] fields)
    {
        var problem = await AssertValidationProblemAsync(await Admin.GetAsync(path), fields);

        Assert.DoesNotContain("IsoWeek", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/reports/2027-W99", HttpStatusCode.BadRequest)]
    [InlineData("/v1/reports/2026-W10", HttpStatusCode.NotFound)]
    [InlineData("/v1/shortfalls?week=week-1", HttpStatusCode.BadRequest)]
    [InlineData("/v1/shortfalls?region=atlantis", HttpStatusCode.BadRequest)]
    [InlineData("/v1/shortfalls/trend?weeks=53", HttpStatusCode.BadRequest)]
    public async Task Bad_weeks_and_filters_are_problems(string path, HttpStatusCode status)
    {
        await ComputeAsync();

        await AssertProblemAsync(await Admin.GetAsync(path), status);
    }

    [Fact]
    public async Task The_expiry_job_closes_past_offers_and_ends_past_placements()
    {
        using var scope = App.Services.CreateScope();
        var expiry = scope.ServiceProvider.GetRequiredService<ExpireJob>();

        var (offers, placements) = await expiry.ExpireAsync(new DateOnly(2027, 7, 1), CancellationToken.None);
        var again = await expiry.ExpireAsync(new DateOnly(2027, 7, 1), CancellationToken.None);

        Assert.Equal((4, 1), (offers, placements)); // every open offer ends on 30 June; the accepted placement too
        Assert.Equal((0, 0), again);
        Assert.Equal(0, (await ReadJsonAsync(await Admin.GetAsync("/v1/offers?status=open")))["total"]!.GetValue<long>());
    }

    private Task ComputeAsync() =>
        App.Services.GetRequiredService<ShortfallCalculator>().ComputeAsync(Today, DateTimeOffset.UtcNow, CancellationToken.None);

    private static (string, string, string, int, int, int, bool) Cell(JsonObject cell) => (
        cell["sectorCode"]!.GetValue<string>(), cell["regionCode"]!.GetValue<string>(), cell["startMonth"]!.GetValue<string>(),
        cell["demand"]!.GetValue<int>(), cell["supply"]!.GetValue<int>(), cell["shortfall"]!.GetValue<int>(), cell["flagged"]!.GetValue<bool>());
}
