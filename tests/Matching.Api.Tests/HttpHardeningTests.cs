using System.Net;
using System.Net.Http.Json;
using System.Text;
using Matching.Tests.Service;
using Matching.Tests;
using Matching.Api.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.Api.Tests;

/// <summary>Security headers, input limits and the default (closed) CORS policy.</summary>
public sealed class HttpHardeningTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task Student_data_and_problems_are_not_cached_sniffed_or_framed()
    {
        var school = await SchoolAsync();
        var created = await school.PostAsJsonAsync("/v1/students", TestData.Student());

        var student = await school.GetAsync(created.Headers.Location);
        var problem = await Anonymous().GetAsync("/v1/students");

        foreach (var response in new[] { student, problem })
        {
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        }
        await AssertProblemAsync(problem, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(null, "text/html,application/xhtml+xml,application/xml;q=0.9")] // a browser that opens a report's link without a key
    [InlineData(MatchingApiFactory.AdminKey + "-not", "text/csv")]
    public async Task An_error_is_a_problem_document_whatever_the_accept_header_asks_for(string? key, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/reports/2027-W02");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        var problem = await AssertProblemAsync(await Anonymous().SendAsync(request), HttpStatusCode.Unauthorized);

        Assert.Equal("/v1/reports/2027-W02", problem["instance"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("GET", "/v1/students/00000000-0000-0000-0000-000000000000/matches?limit=many", null, null)]
    [InlineData("POST", "/v1/students", "{\"externalRef\": ", null)]
    [InlineData("POST", "/v1/students", "{\"crebo\": \"twelve\"}", null)]
    [InlineData("POST", "/v1/students", "{}", "two words")]
    public async Task A_400_from_binding_malformed_json_or_a_bad_idempotency_key_carries_the_security_headers(
        string method, string path, string? body, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await Admin.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_500_carries_the_security_headers()
    {
        // A dependency that cannot be built makes the request fail in the handler, as an unforeseen bug would.
        using var broken = App.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<Matching.Api.Reference.QualificationFinder>(_ => throw new InvalidOperationException("broken on purpose"))));
        var client = broken.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", MatchingApiFactory.AdminKey);

        var response = await client.GetAsync("/v1/qualifications?q=logistiek");

        await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_only()
    {
        var https = App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var secure = await https.GetAsync("/health/live");
        var plain = await Anonymous().GetAsync("/health/live");

        Assert.StartsWith("max-age=31536000", secure.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Cors_is_closed_by_default()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/sectors");
        request.Headers.Add("Origin", "https://portal.example");
        var preflight = Preflight("https://portal.example");

        var response = await Admin.SendAsync(request);
        var preflightResponse = await Anonymous().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(preflightResponse.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/v1/students?limit=201", "limit")]
    [InlineData("/v1/offers?limit=0", "limit")]
    [InlineData("/v1/companies?offset=-1", "offset")]
    public async Task A_page_size_or_offset_out_of_range_is_400(string path, string field)
    {
        var response = await Admin.GetAsync(path);

        await AssertValidationProblemAsync(response, field);
    }

    [Theory]
    [InlineData("freeText", 2001)]
    [InlineData("externalRef", 65)]
    public async Task A_string_over_its_length_is_400(string field, int length)
    {
        var school = await SchoolAsync();

        var response = await school.PostAsJsonAsync("/v1/students", TestData.Student().With(field, new string('a', length)));

        await AssertValidationProblemAsync(response, field);
        Assert.Equal(0, await CountAsync("students"));
    }

    [Fact]
    public async Task An_array_over_its_length_is_400()
    {
        var school = await SchoolAsync();

        var response = await school.PostAsJsonAsync("/v1/students", TestData.Student().With("languages", Enumerable.Repeat("nl", 11).ToArray()));

        await AssertValidationProblemAsync(response, "languages");
        Assert.Equal(0, await CountAsync("students"));
    }

    [Theory]
    [InlineData("preferredSectors")]
    [InlineData("languages")]
    public async Task A_list_with_a_null_item_is_400(string field)
    {
        var school = await SchoolAsync();

        var response = await school.PostAsJsonAsync("/v1/students", TestData.Student().With(field, new[] { "nl", null }));

        await AssertValidationProblemAsync(response, field);
        Assert.Equal(0, await CountAsync("students"));
    }

    [Theory]
    [InlineData("\\ud800", HttpStatusCode.BadRequest)]
    [InlineData("\\u202e", HttpStatusCode.BadRequest)]
    [InlineData("\\u00e9\\ud83d\\ude00", HttpStatusCode.Created)]
    public async Task Free_text_is_refused_with_a_lone_surrogate_or_a_bidi_override_and_taken_with_accents_and_emoji(string escape, HttpStatusCode expected)
    {
        var school = await SchoolAsync();
        var body = $"{{\"externalRef\":\"STU-1\",\"crebo\":25774,\"level\":2,\"learningPath\":\"BOL\",\"pc4\":3072,\"availableFrom\":\"2027-02-01\",\"freeText\":\"magazijn {escape} werk\"}}";

        var response = await school.PostAsync("/v1/students", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Created ? 1 : 0, await CountAsync("students"));
        if (expected != HttpStatusCode.Created)
        {
            await AssertProblemAsync(response, expected);
        }
    }

    [Fact]
    public async Task Json_nested_deeper_than_32_levels_is_400()
    {
        var school = await SchoolAsync();
        var deep = new string('[', 40) + new string(']', 40);
        var body = $"{{\"externalRef\":\"STU-1\",\"languages\":{deep}}}";

        var response = await school.PostAsync("/v1/students", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("depth", problem["detail"]!.GetValue<string>());
        Assert.Equal(0, await CountAsync("students"));
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(SecurityHeadersMiddleware.ApiPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    internal static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v1/students");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
        return request;
    }
}

public sealed class ConfiguredCorsTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private const string Portal = "https://portal.example";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Cors:AllowedOrigins:0"] = Portal,
        ["Cors:AllowedOrigins:1"] = "https://other-portal.example",
    };

    [Fact]
    public async Task An_allowed_origin_gets_cors_headers_and_may_read_the_etag()
    {
        var school = await SchoolAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/students") { Content = JsonContent.Create(TestData.Student()) };
        request.Headers.Add("Origin", Portal);

        var response = await school.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Portal, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single();
        Assert.Contains("ETag", exposed);
        Assert.Contains("Location", exposed);
    }

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_without_a_key()
    {
        var response = await Anonymous().SendAsync(HttpHardeningTests.Preflight(Portal));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Portal, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("idempotency-key", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Another_origin_gets_no_cors_headers()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/v1/sectors");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await Admin.SendAsync(request);
        var preflight = await Anonymous().SendAsync(HttpHardeningTests.Preflight("https://evil.example"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
