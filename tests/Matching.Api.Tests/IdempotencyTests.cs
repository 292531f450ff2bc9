using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Matching.Api.Idempotency;
using Matching.Tests.Service;
using Matching.Tests;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matching.Api.Tests;

public sealed class IdempotencyTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task A_retry_with_the_same_key_gets_the_first_response_and_creates_nothing()
    {
        var school = await SchoolAsync();

        var first = await PostAsync(school, "/v1/students", TestData.Student(), "create-stu-1");
        var retry = await PostAsync(school, "/v1/students", TestData.Student(), "create-stu-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal("application/json", retry.Content.Headers.ContentType?.MediaType);
        Assert.False(first.Headers.Contains(IdempotentOperations.ReplayedHeaderName));
        Assert.Equal("true", retry.Headers.GetValues(IdempotentOperations.ReplayedHeaderName).Single());
        Assert.Equal(1, await CountAsync("students"));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_and_creates_nothing()
    {
        var school = await SchoolAsync();
        await PostAsync(school, "/v1/students", TestData.Student("STU-1"), "key-1");

        var other = await PostAsync(school, "/v1/students", TestData.Student("STU-2"), "key-1");

        var problem = await AssertProblemAsync(other, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("different request", problem["detail"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync("students"));
    }

    [Fact]
    public async Task Keys_are_scoped_per_api_key()
    {
        var firstKey = await SchoolAsync();
        var secondKey = await SchoolAsync();

        var first = await PostAsync(firstKey, "/v1/students", TestData.Student("STU-1"), "shared-key");
        var second = await PostAsync(secondKey, "/v1/students", TestData.Student("STU-2"), "shared-key");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(second.Headers.Contains(IdempotentOperations.ReplayedHeaderName));
        Assert.Equal(2, await CountAsync("students"));
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_create_once_and_the_others_replay_or_get_409()
    {
        var company = await CompanyAsync();
        await company.PostAsJsonAsync("/v1/companies", TestData.Company());

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => PostAsync(company, "/v1/offers", TestData.Offer(), "offer-once")));

        var executed = responses.Where(r => r.StatusCode == HttpStatusCode.Created && !r.Headers.Contains(IdempotentOperations.ReplayedHeaderName)).ToList();
        Assert.Single(executed);
        var body = await executed[0].Content.ReadAsStringAsync();
        foreach (var response in responses.Except(executed))
        {
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                await AssertProblemAsync(response, HttpStatusCode.Conflict);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                Assert.Equal(body, await response.Content.ReadAsStringAsync());
            }
        }
        Assert.Equal(1, await CountAsync("offers"));
    }

    [Fact]
    public async Task A_request_that_fails_releases_its_key_for_a_corrected_retry()
    {
        var school = await SchoolAsync();

        var invalid = await PostAsync(school, "/v1/students", TestData.Student().With("crebo", 99999), "fix-and-retry");
        var corrected = await PostAsync(school, "/v1/students", TestData.Student(), "fix-and-retry");

        await AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.Equal(1, await CountAsync("students"));
    }

    [Theory]
    [InlineData(256)]
    [InlineData(-1)]
    public async Task A_key_that_is_too_long_or_has_a_space_is_400(int length)
    {
        var school = await SchoolAsync();

        var response = await PostAsync(school, "/v1/students", TestData.Student(), length < 0 ? "two words" : new string('k', length));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await CountAsync("students"));
    }

    [Fact]
    public async Task A_key_with_a_control_character_is_400()
    {
        var school = await SchoolAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/students") { Content = JsonContent.Create(TestData.Student()) };
        request.Headers.TryAddWithoutValidation(IdempotentOperations.HeaderName, "key\u00e9");

        var response = await school.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await CountAsync("students"));
    }

    [Fact]
    public async Task An_issued_api_key_is_replayed_to_its_issuer_but_not_stored_readably()
    {
        var body = new { name = "portal", role = "school", brin = SchoolBrin };

        var first = await PostAsync(Admin, "/v1/api-keys", body, "issue-portal-key");
        var retry = await PostAsync(Admin, "/v1/api-keys", body, "issue-portal-key");

        var key = (await ReadJsonAsync(first))["key"]!.GetValue<string>();
        Assert.Equal(key, (await ReadJsonAsync(retry))["key"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync("api_keys"));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM idempotency_requests WHERE position(convert_to($1, 'UTF8') in response_body) > 0", key[^24..]));
    }

    [Fact]
    public async Task Every_creating_post_documents_the_header_and_a_batch_match_does_not()
    {
        var document = JsonNode.Parse(await Anonymous().GetStringAsync("/openapi/v1.json"))!;

        var withHeader = document["paths"]!.AsObject()
            .Where(path => path.Value!["post"]?["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == IdempotentOperations.HeaderName) == true)
            .Select(path => path.Key)
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            ["/v1/alert-subscriptions", "/v1/api-keys", "/v1/companies", "/v1/companies/{id}/accreditations", "/v1/offers", "/v1/placement-rounds", "/v1/placements", "/v1/students", "/v1/students/bulk", "/v1/subscriptions"],
            withHeader);
    }

    [Fact]
    public async Task An_expired_key_executes_again()
    {
        var school = await SchoolAsync();
        await PostAsync(school, "/v1/students", TestData.Student(), "old-key");
        await ExpireAllAsync();

        var again = await PostAsync(school, "/v1/students", TestData.Student(), "old-key");

        // Executed again rather than replayed, so the unique external reference refuses a second student.
        await AssertProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync("students"));
    }

    [Fact]
    public async Task Cleanup_deletes_expired_records_and_keeps_live_ones()
    {
        var school = await SchoolAsync();
        await PostAsync(school, "/v1/students", TestData.Student("STU-1"), "expires");
        await ExpireAllAsync();
        await PostAsync(school, "/v1/students", TestData.Student("STU-2"), "lives");

        var deleted = await App.Services.GetRequiredService<IdempotencyStore>().DeleteExpiredAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal("lives", await ScalarAsync("SELECT string_agg(idempotency_key, ',') FROM idempotency_requests", null));
    }

    private Task ExpireAllAsync() => ScalarAsync("UPDATE idempotency_requests SET expires_at = now() - interval '1 second'", null);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(IdempotentOperations.HeaderName, key);
        return client.SendAsync(request);
    }

    private async Task<object?> ScalarAsync(string sql, string? parameter)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = parameter });
        }
        return await command.ExecuteScalarAsync();
    }
}
