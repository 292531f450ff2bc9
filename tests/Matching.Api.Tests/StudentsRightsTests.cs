using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Tests.Service;
using Matching.Jobs.Shortfalls;
using Matching.Tests;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matching.Api.Tests;

/// <summary>Students' rights: an export of everything stored, an erasure everywhere, and an audit log of who saw them.</summary>
public sealed class StudentsRightsTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private HttpClient _school = null!;
    private HttpClient _company = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _school = await SchoolAsync();
        _company = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(_company);
    }

    [Fact]
    public async Task The_school_exports_the_student_with_its_placements_and_every_company_view()
    {
        var offerId = await PostOfferAsync(_company);
        var studentId = await PostStudentAsync(_school, TestData.Student("STU-1"));
        await IndexesCaughtUpAsync();
        Assert.Single((await ReadJsonAsync(await _company.GetAsync($"/v1/offers/{offerId}/candidates")))["items"]!.AsArray());
        var placementId = await ProposeAsync(studentId, offerId);
        Assert.Equal(HttpStatusCode.OK, (await _company.GetAsync($"/v1/placements/{placementId}")).StatusCode);

        var response = await _school.GetAsync($"/v1/students/{studentId}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = await ReadJsonAsync(response);
        Assert.Equal("STU-1", export["student"]!["externalRef"]!.GetValue<string>());
        Assert.Equal((string)TestData.Student()["freeText"]!, export["student"]!["freeText"]!.GetValue<string>());
        Assert.Equal(placementId, Assert.Single(export["placements"]!.AsArray())!["id"]!.GetValue<Guid>());
        var views = export["views"]!.AsArray();
        Assert.Equal(["candidates", "placement"], views.Select(v => v!["context"]!.GetValue<string>()));
        Assert.All(views, v => Assert.Equal(CompanyKvk, v!["companyKvk"]!.GetValue<string>()));
        Assert.All(views, v => Assert.Equal(offerId, v!["offerId"]!.GetValue<Guid>()));
        await AssertProblemAsync(await (await SchoolAsync(OtherSchoolBrin)).GetAsync($"/v1/students/{studentId}/export"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await _company.GetAsync($"/v1/students/{studentId}/export"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_audit_log_names_the_company_key_that_saw_the_student_and_is_paged_for_its_school_only()
    {
        var offerId = await PostOfferAsync(_company);
        var studentId = await PostStudentAsync(_school, TestData.Student("STU-1"));
        var unseen = await PostStudentAsync(_school, TestData.Student("STU-2").With("pc4", 9711)); // Groningen: too far for this offer
        await IndexesCaughtUpAsync();
        var companyKeyId = await KeyIdOfAsync(CompanyKvk);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _company.GetAsync($"/v1/offers/{offerId}/candidates")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await _school.GetAsync($"/v1/students/{studentId}/matches")).StatusCode);

        var first = await ReadJsonAsync(await _school.GetAsync($"/v1/students/{studentId}/audit?limit=2"));
        var rest = await ReadJsonAsync(await _school.GetAsync($"/v1/students/{studentId}/audit?limit=2&offset=2"));

        Assert.Equal(3, first["total"]!.GetValue<long>());
        Assert.Equal(2, first["items"]!.AsArray().Count);
        var entry = Assert.Single(rest["items"]!.AsArray())!;
        Assert.Equal(companyKeyId, entry["apiKeyId"]!.GetValue<string>());
        Assert.Equal(studentId, entry["studentId"]!.GetValue<Guid>());
        Assert.Equal(0, (await ReadJsonAsync(await _school.GetAsync($"/v1/students/{unseen}/audit")))["total"]!.GetValue<long>());
        await AssertProblemAsync(await (await SchoolAsync(OtherSchoolBrin)).GetAsync($"/v1/students/{studentId}/audit"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await Admin.GetAsync($"/v1/students/{studentId}/audit")).StatusCode);
    }

    [Fact]
    public async Task An_erased_student_is_gone_from_the_database_from_candidates_on_a_second_node_and_from_future_shortfalls()
    {
        await using var nodeB = new MatchingApiFactory(App.ConnectionString);
        await nodeB.WaitUntilReadyAsync();
        var companyOnB = nodeB.CreateClient();
        companyOnB.DefaultRequestHeaders.Authorization = _company.DefaultRequestHeaders.Authorization;
        var offerId = await PostOfferAsync(_company);
        var erased = await PostStudentAsync(_school, TestData.Student("STU-ERASED"));
        var kept = await PostStudentAsync(_school, TestData.Student("STU-KEPT"));
        await ProposeAsync(erased, offerId);
        await IndexesCaughtUpAsync(nodeB);
        Assert.Equal(2, (await ReadJsonAsync(await companyOnB.GetAsync($"/v1/offers/{offerId}/candidates")))["total"]!.GetValue<int>());
        var calculator = App.Services.GetRequiredService<ShortfallCalculator>();
        await calculator.ComputeAsync(new DateOnly(2027, 1, 4), DateTimeOffset.UtcNow, CancellationToken.None);

        var response = await _school.DeleteAsync($"/v1/students/{erased}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await IndexesCaughtUpAsync(nodeB);
        var candidates = await ReadJsonAsync(await companyOnB.GetAsync($"/v1/offers/{offerId}/candidates"));
        Assert.Equal(1, candidates["total"]!.GetValue<int>());
        Assert.Single(candidates["items"]!.AsArray());
        Assert.Equal(kept, await LastStudentShownAsync());
        await AssertProblemAsync(await _school.GetAsync($"/v1/students/{erased}/export"), HttpStatusCode.NotFound);
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM students WHERE id = $1", erased));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM placements WHERE student_id = $1 OR student_id IS NULL", erased));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM student_views WHERE student_id = $1", erased));
        await calculator.ComputeAsync(new DateOnly(2027, 1, 11), DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal(2, await ScalarAsync("SELECT coalesce(sum(demand), 0) FROM shortfall_snapshots WHERE iso_week = '2027-W01'", erased));
        Assert.Equal(1, await ScalarAsync("SELECT coalesce(sum(demand), 0) FROM shortfall_snapshots WHERE iso_week = '2027-W02'", erased));
    }

    [Fact]
    public async Task Erasing_a_placed_student_keeps_its_placement_anonymous_and_the_place_taken()
    {
        var offerId = await PostOfferAsync(_company, TestData.Offer(places: 1));
        var studentId = await PostStudentAsync(_school, TestData.Student("STU-1"));
        var placementId = await ProposeAsync(studentId, offerId);
        Assert.Equal(HttpStatusCode.OK, (await _company.PostAsync($"/v1/placements/{placementId}/accept", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await _school.DeleteAsync($"/v1/students/{studentId}")).StatusCode);

        var placement = await ReadJsonAsync(await _company.GetAsync($"/v1/placements/{placementId}"));
        Assert.Null(placement["studentId"]);
        Assert.Null(placement["schoolBrin"]);
        Assert.Equal("accepted", placement["status"]!.GetValue<string>());
        Assert.Equal(0, (await ReadJsonAsync(await _company.GetAsync($"/v1/offers/{offerId}")))["freePlaces"]!.GetValue<int>());
        Assert.Equal(0, (await ReadJsonAsync(await _school.GetAsync("/v1/placements")))["total"]!.GetValue<long>());
        await AssertProblemAsync(await _school.GetAsync($"/v1/placements/{placementId}"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_erasure_also_removes_the_stored_response_to_the_students_creation()
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, "/v1/students") { Content = JsonContent.Create(TestData.Student("STU-IDEMPOTENT")) };
        create.Headers.Add("Idempotency-Key", "create-stu-idempotent");
        var created = await _school.SendAsync(create);
        var studentId = (await ReadJsonAsync(created))["id"]!.GetValue<Guid>();
        Assert.Equal($"/v1/students/{studentId}", created.Headers.Location!.OriginalString);
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM idempotency_requests WHERE response_headers ->> 'Location' = '/v1/students/' || $1::text", studentId));

        Assert.Equal(HttpStatusCode.NoContent, (await _school.DeleteAsync($"/v1/students/{studentId}")).StatusCode);

        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM idempotency_requests", studentId));
    }

    [Fact]
    public async Task An_erasure_with_a_stale_etag_erases_nothing()
    {
        var offerId = await PostOfferAsync(_company);
        var created = await _school.PostAsJsonAsync("/v1/students", TestData.Student());
        var studentId = (await ReadJsonAsync(created))["id"]!.GetValue<Guid>();
        await ProposeAsync(studentId, offerId);
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/v1/students/{studentId}") { Content = JsonContent.Create(TestData.Student()) };
        update.Headers.IfMatch.ParseAdd(created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, (await _school.SendAsync(update)).StatusCode);

        using var erase = new HttpRequestMessage(HttpMethod.Delete, $"/v1/students/{studentId}");
        erase.Headers.IfMatch.ParseAdd(created.Headers.ETag!.Tag);
        var response = await _school.SendAsync(erase);

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Single((await ReadJsonAsync(await _school.GetAsync($"/v1/students/{studentId}/export")))["placements"]!.AsArray());
    }

    private async Task<Guid> ProposeAsync(Guid studentId, Guid offerId)
    {
        var response = await _school.PostAsJsonAsync("/v1/placements", new { studentId, offerId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJsonAsync(response))["id"]!.GetValue<Guid>();
    }

    private async Task<string> KeyIdOfAsync(string kvk)
    {
        var keys = await ReadJsonAsync(await Admin.GetAsync("/v1/api-keys?limit=200"));
        return keys["items"]!.AsArray().Single(k => k!["kvk"]?.GetValue<string>() == kvk)!["id"]!.GetValue<string>();
    }

    // The audit log knows who a candidate reference stands for; the company does not.
    private async Task<Guid> LastStudentShownAsync()
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT student_id FROM student_views ORDER BY id DESC LIMIT 1", connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> ScalarAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (sql.Contains("$1", StringComparison.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        }
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
