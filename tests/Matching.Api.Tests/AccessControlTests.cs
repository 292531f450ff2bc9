using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Matching.Tests;
using Matching.Tests.Service;
using Npgsql;

namespace Matching.Api.Tests;

/// <summary>Each role against each endpoint family, in its own scope and in another's.</summary>
public sealed class AccessControlTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task Every_role_gets_exactly_the_access_it_is_designed_to_have()
    {
        var callers = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = Anonymous(),
            ["bad key"] = ClientWithKey("mk_0123456789abcdef_notarealsecretnotarealsecretnotarealsecret"),
            ["admin"] = Admin,
            ["school A"] = await SchoolAsync(SchoolBrin),
            ["school B"] = await SchoolAsync(OtherSchoolBrin),
            ["company A"] = await CompanyAsync(CompanyKvk),
            ["company B"] = await CompanyAsync(OtherCompanyKvk),
            ["coordinator"] = await CoordinatorAsync(),
        };
        var student = await IdOfAsync(callers["school A"].PostAsJsonAsync("/v1/students", TestData.Student()));
        var company = await IdOfAsync(callers["company A"].PostAsJsonAsync("/v1/companies", TestData.Company()));
        await callers["company B"].PostAsJsonAsync("/v1/companies", TestData.Company(OtherCompanyKvk));
        var offer = await IdOfAsync(callers["company A"].PostAsJsonAsync("/v1/offers", TestData.Offer()));
        var placement = await IdOfAsync(callers["school A"].PostAsJsonAsync("/v1/placements", new { studentId = student, offerId = offer }));

        // caller -> expected status; callers not named get 403, except anonymous and bad key, which always get 401.
        var cases = new (string Method, string Path, object? Body, Dictionary<string, HttpStatusCode> Allowed)[]
        {
            ("GET", "/v1/qualifications?q=logistiek", null, Everyone(HttpStatusCode.OK)),
            ("GET", "/v1/regions/rijnmond", null, Everyone(HttpStatusCode.OK)),
            ("GET", "/v1/postcodes/3072", null, Everyone(HttpStatusCode.OK)),
            ("GET", "/v1/students", null, new() { ["admin"] = HttpStatusCode.OK, ["school A"] = HttpStatusCode.OK, ["school B"] = HttpStatusCode.OK }),
            ("GET", $"/v1/students/{student}", null, new() { ["admin"] = HttpStatusCode.OK, ["school A"] = HttpStatusCode.OK }),
            ("POST", "/v1/students", TestData.Student("STU-2").With("schoolBrin", OtherSchoolBrin), new() { ["admin"] = HttpStatusCode.Created, ["school B"] = HttpStatusCode.Conflict }),
            ("DELETE", $"/v1/students/{Guid.NewGuid()}", null, new() { ["admin"] = HttpStatusCode.NotFound, ["school A"] = HttpStatusCode.NotFound, ["school B"] = HttpStatusCode.NotFound }),
            ("GET", "/v1/companies", null, new() { ["admin"] = HttpStatusCode.OK, ["company A"] = HttpStatusCode.OK, ["company B"] = HttpStatusCode.OK }),
            ("GET", $"/v1/companies/{company}", null, new() { ["admin"] = HttpStatusCode.OK, ["company A"] = HttpStatusCode.OK }),
            ("GET", $"/v1/companies/{company}/accreditations", null, new() { ["admin"] = HttpStatusCode.OK, ["company A"] = HttpStatusCode.OK }),
            ("POST", "/v1/companies", TestData.Company("99990000"), new() { ["admin"] = HttpStatusCode.Created }),
            ("GET", "/v1/offers", null, Everyone(HttpStatusCode.OK)),
            ("GET", $"/v1/offers/{offer}", null, Everyone(HttpStatusCode.OK)),
            ("POST", "/v1/offers", TestData.Offer(), new() { ["company A"] = HttpStatusCode.Created, ["company B"] = HttpStatusCode.Created, ["admin"] = HttpStatusCode.BadRequest }),
            ("POST", $"/v1/offers/{offer}/close", null, new() { ["admin"] = HttpStatusCode.OK, ["company A"] = HttpStatusCode.OK }),
            ("GET", "/v1/placements", null, new() { ["admin"] = HttpStatusCode.OK, ["school A"] = HttpStatusCode.OK, ["school B"] = HttpStatusCode.OK, ["company A"] = HttpStatusCode.OK, ["company B"] = HttpStatusCode.OK }),
            ("GET", $"/v1/placements/{placement}", null, new() { ["admin"] = HttpStatusCode.OK, ["school A"] = HttpStatusCode.OK, ["company A"] = HttpStatusCode.OK }),
            ("POST", $"/v1/placements/{Guid.NewGuid()}/accept", null, new() { ["admin"] = HttpStatusCode.NotFound, ["company A"] = HttpStatusCode.NotFound, ["company B"] = HttpStatusCode.NotFound }),
            ("POST", $"/v1/placements/{placement}/decline", null, new() { ["admin"] = HttpStatusCode.OK, ["company A"] = HttpStatusCode.Conflict }),
            ("POST", "/v1/placements", new { studentId = student, offerId = offer }, new() { ["admin"] = HttpStatusCode.Conflict, ["school A"] = HttpStatusCode.Conflict }),
            ("GET", "/v1/api-keys", null, new() { ["admin"] = HttpStatusCode.OK }),
            ("DELETE", $"/v1/api-keys/{Guid.NewGuid()}", null, new() { ["admin"] = HttpStatusCode.NotFound }),
        };

        var mismatches = new List<string>();
        foreach (var (method, path, body, allowed) in cases)
        {
            foreach (var (name, client) in callers)
            {
                var expected = name is "anonymous" or "bad key" ? HttpStatusCode.Unauthorized : allowed.GetValueOrDefault(name, HttpStatusCode.Forbidden);
                var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : JsonContent.Create(body) };
                var response = await client.SendAsync(request);
                if (response.StatusCode != expected)
                {
                    mismatches.Add($"{method} {path} as {name}: expected {(int)expected}, got {(int)response.StatusCode}");
                }
                else if ((int)expected >= 400)
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once()
    {
        var issued = await ReadJsonAsync(await Admin.PostAsJsonAsync("/v1/api-keys", new { name = "portal", role = "school", brin = SchoolBrin }));
        var school = ClientWithKey(issued["key"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync("/v1/students")).StatusCode);

        var revoked = await Admin.DeleteAsync($"/v1/api-keys/{issued["apiKey"]!["id"]!.GetValue<Guid>()}");

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        await AssertProblemAsync(await school.GetAsync("/v1/students"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_key_revoked_through_one_node_is_refused_by_another_that_had_accepted_it_once_that_node_followed_the_changes()
    {
        await using var nodeB = new MatchingApiFactory(App.ConnectionString);
        await nodeB.WaitUntilReadyAsync();
        var issued = await ReadJsonAsync(await Admin.PostAsJsonAsync("/v1/api-keys", new { name = "portal", role = "school", brin = SchoolBrin }));
        var schoolOnB = nodeB.CreateClient();
        schoolOnB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued["key"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await schoolOnB.GetAsync("/v1/students")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Admin.DeleteAsync($"/v1/api-keys/{issued["apiKey"]!["id"]!.GetValue<Guid>()}")).StatusCode);
        await IndexesCaughtUpAsync(nodeB);

        await AssertProblemAsync(await schoolOnB.GetAsync("/v1/students"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_key_the_node_has_accepted_is_not_read_from_the_database_again()
    {
        var issued = await ReadJsonAsync(await Admin.PostAsJsonAsync("/v1/api-keys", new { name = "portal", role = "school", brin = SchoolBrin }));
        // Issuing a key is a change too, which empties the cache when the node applies it.
        await IndexesCaughtUpAsync();
        var school = ClientWithKey(issued["key"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync("/v1/students")).StatusCode);

        // Revoked behind the service's back, without a change in the change sequence: only a node that reads the key again sees it.
        await using (var connection = new NpgsqlConnection(App.ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await new NpgsqlCommand("ALTER TABLE api_keys DISABLE TRIGGER api_keys_changes", connection, transaction).ExecuteNonQueryAsync();
            await using var revoke = new NpgsqlCommand("UPDATE api_keys SET revoked_at = now() WHERE key_id = $1", connection, transaction);
            revoke.Parameters.Add(new NpgsqlParameter<string> { TypedValue = issued["apiKey"]!["keyId"]!.GetValue<string>() });
            Assert.Equal(1, await revoke.ExecuteNonQueryAsync());
            await new NpgsqlCommand("ALTER TABLE api_keys ENABLE TRIGGER api_keys_changes", connection, transaction).ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync("/v1/students")).StatusCode);
    }

    [Fact]
    public async Task The_key_also_works_in_the_x_api_key_header_and_is_stored_only_as_a_hash()
    {
        var issued = await ReadJsonAsync(await Admin.PostAsJsonAsync("/v1/api-keys", new { name = "portal", role = "school", brin = SchoolBrin }));
        var key = issued["key"]!.GetValue<string>();
        var client = Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var response = await client.GetAsync("/v1/students");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var connection = new Npgsql.NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM api_keys WHERE encode(secret_hash, 'escape') LIKE '%' || $1 || '%'", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter<string> { TypedValue = key[^20..] });
        Assert.Equal(0L, await command.ExecuteScalarAsync());
        var listed = await Admin.GetStringAsync("/v1/api-keys");
        Assert.DoesNotContain(key, listed);
    }

    [Theory]
    [InlineData("school", null, null, "brin")]
    [InlineData("school", "2XLH", null, "brin")]
    [InlineData("company", null, null, "kvk")]
    [InlineData("company", null, "123", "kvk")]
    [InlineData("coordinator", null, null, "regions")]
    [InlineData("superuser", null, null, "role")]
    public async Task A_key_without_its_scope_is_not_issued(string role, string? brin, string? kvk, string field)
    {
        var response = await Admin.PostAsJsonAsync("/v1/api-keys", new { name = "x", role, brin, kvk });

        await AssertValidationProblemAsync(response, field);
        Assert.Equal(0, await CountAsync("api_keys"));
    }

    [Fact]
    public async Task A_coordinator_key_for_an_unknown_region_is_not_issued()
    {
        var response = await Admin.PostAsJsonAsync("/v1/api-keys", new { name = "x", role = "coordinator", regions = new[] { "atlantis" } });

        await AssertValidationProblemAsync(response, "regions");
    }

    private static Dictionary<string, HttpStatusCode> Everyone(HttpStatusCode status) =>
        new[] { "admin", "school A", "school B", "company A", "company B", "coordinator" }.ToDictionary(n => n, _ => status);

    private static async Task<Guid> IdOfAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJsonAsync(response))["id"]!.GetValue<Guid>();
    }
}
