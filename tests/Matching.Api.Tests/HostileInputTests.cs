using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matching.Tests.Service;
using Matching.Tests;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matching.Api.Tests;

/// <summary>
/// Thousands of malformed and hostile requests, generated from a fixed seed across every endpoint of the service
/// (read from its routing), sent with keys that are allowed to call them. Each must get a 4xx problem document and
/// none may change the database. A request is made invalid on purpose: a value that could be legitimate (SQL in free
/// text, an empty optional string) always travels with a "poison" field that the endpoint must refuse.
/// </summary>
public sealed class HostileInputTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private const int Seed = 20261123;
    private const int CasesPerEndpoint = 24;

    // Jobs run by the node's server (the alert for the world's offer, its delivery and retries) would change rows while
    // the requests run: without a server, any change between the two checksums was made by a request.
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" };

    // A .NET string cannot carry a lone surrogate into JSON (the serializer writes U+FFFD), so these markers
    // become the escapes \ud800 and \udfff in the request text.
    private const string LoneHigh = "\u27e6D800\u27e7";
    private const string LoneLow = "\u27e6DFFF\u27e7";

    /// <summary>Values that no field of their kind may accept.</summary>
    private static readonly JsonNode?[] InvalidForString =
    [
        123, true, new JsonObject(), new JsonArray(), "nul\u0000inside", "escape\u001b[31m", $"{LoneHigh}lone", $"low{LoneLow}only",
        "bidi \u202e override", "isolate \u2066 x", new string('x', 70_000), -1.5,
    ];

    private static readonly JsonNode?[] InvalidForNumber =
    [
        "12", 1.5, 2147483648L, -2147483649L, 99999999999999999L, true, new JsonObject(), new JsonArray(), "", "NaN", "1e5",
    ];

    private static readonly JsonNode?[] InvalidForArray =
    [
        "x", 5, new JsonObject(), new JsonArray((JsonNode?)null), new JsonArray(new JsonArray()), new JsonArray([.. Enumerable.Range(0, 600).Select(i => (JsonNode?)$"v{i}")]),
    ];

    /// <summary>Values that may well be valid somewhere, so they are only sent with a poison.</summary>
    private static readonly JsonNode?[] MaybeValid =
    [
        "'; DROP TABLE students; --", "1 OR 1=1", "\" OR \"\"=\"", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}",
        "${jndi:ldap://x}", "   ", "", "\u200b\u200c\u200d", "\u0645\u0631\u062d\u0628\u0627", "\ud83d\ude00 emoji", "Z\u0351\u0352\u0353algo",
        "../../etc/passwd", "%00", null, 0, -1, int.MaxValue, "2026-02-30", "0000-00-00", "\u00e9\u0301", "\ufeffbom",
    ];

    private static readonly string[] BadGuids = ["not-a-guid", "00000000-0000-0000-0000-00000000000g", "'--", "%27%3B", "1", new string('f', 300)];

    private static readonly string[] HostileSegments =
    [
        "%27%3B%20DROP%20TABLE%20students%3B--", "%3Cscript%3E", "%E2%80%AE", "%C0%AF", "..%2F..%2Fetc", new string('a', 2000), "%F0%9F%98%80",
        "2026-W99", "2026-W00", "99999-W01", "-1", "2147483648", "1e3", "%20", "W48-2026",
    ];

    private static readonly string[] HostileQueryValues =
    [
        "abc", "-1", "0", "99999999999", "1e3", "1.5", "%27%20OR%201%3D1--", "%3Cscript%3E", new string('q', 5000), "%00", "%E2%80%AE", "2026-W99",
        "true", "%5B%5D", "null", "NaN",
    ];

    [Fact]
    public async Task A_thousand_hostile_requests_get_4xx_problems_and_change_nothing()
    {
        var world = await BuildWorldAsync();
        var before = await ChecksumAsync();

        var failures = new List<string>();
        var sent = 0;
        foreach (var key in EndpointKeys().Order(StringComparer.Ordinal))
        {
            Assert.True(world.Templates.ContainsKey(key), $"No hostile-input template for {key}: add one.");
            var template = world.Templates[key];
            // Seeded per endpoint, as the contract fuzz is: a new endpoint leaves every other endpoint's cases as they were.
            var random = new Random(Seed ^ Contract.ContractFuzzTests.StableHash(key));
            for (var i = 0; i < CasesPerEndpoint; i++)
            {
                var (request, description) = Generate(key, template, random);
                var response = await template.Client.SendAsync(request);
                sent++;
                var failure = await CheckAsync(response, template.MayAnswerOk);
                if (failure is not null)
                {
                    failures.Add($"{key} [{description}]: {failure}");
                }
            }
        }
        var after = await ChecksumAsync();

        Assert.True(sent >= 1000, $"Only {sent} requests were generated.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} failed:\n" + string.Join("\n", failures.Take(60)));
        Assert.Equal(before, after);
    }

    private static async Task<string?> CheckAsync(HttpResponseMessage response, bool mayAnswerOk)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300 && mayAnswerOk)
        {
            return null;
        }
        var body = await response.Content.ReadAsStringAsync();
        if (status is < 400 or >= 500)
        {
            return $"{status} {Truncate(body)}";
        }
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}";
        }
        var problem = JsonNode.Parse(body)!;
        return problem["status"]?.GetValue<int>() == status && !string.IsNullOrEmpty(problem["title"]?.GetValue<string>())
            ? null
            : $"{status} with a problem document that does not match: {Truncate(body)}";
    }

    private static (HttpRequestMessage Request, string Description) Generate(string key, Template template, Random random)
    {
        var method = key.StartsWith("ANY ", StringComparison.Ordinal) ? HttpMethod.Get : new HttpMethod(key[..key.IndexOf(' ')]);
        var path = template.Path;
        var query = "";
        var description = "";
        // Path parameters: sometimes hostile (never matching a resource), otherwise the real resource.
        if (template.PathParameters.Count > 0 && (template.Body is null || random.Next(4) == 0))
        {
            var parameter = template.PathParameters[random.Next(template.PathParameters.Count)];
            var value = parameter.EndsWith(":guid}", StringComparison.Ordinal) ? Pick(random, BadGuids) : Pick(random, HostileSegments);
            path = path.Replace(parameter, value, StringComparison.Ordinal);
            description = $"path {parameter}={Truncate(value)}";
        }
        path = template.Fill(path);
        if (template.InvalidQuery is { } invalid && description == "" && template.Body is null)
        {
            var name = Pick(random, invalid);
            var value = Pick(random, HostileQueryValues.Where(v => !template.ValidQueryValues.Contains(v)).ToArray());
            query = $"?{name}={value}";
            description = $"query {name}={Truncate(value)}";
        }
        // Noise that may be harmless: unknown parameters with hostile values.
        query += (query == "" ? "?" : "&") + $"junk{random.Next(10)}={Pick(random, HostileQueryValues)}";
        var request = new HttpRequestMessage(method, path + query);
        foreach (var (name, value) in template.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        if (template.Body is null)
        {
            if (method == HttpMethod.Post || method == HttpMethod.Put)
            {
                request.Content = new StringContent(Pick(random, ["{", "null", "[]", "\"x\"", "{\"a\":1,\"a\":2}"]), Encoding.UTF8, "application/json");
            }
            return (request, description == "" ? "junk query" : description);
        }
        if (description != "")
        {
            request.Content = JsonContent.Create(template.Body.DeepClone());
            return (request, description);
        }
        var (content, bodyDescription) = HostileBody(template, random);
        request.Content = content;
        return (request, bodyDescription);
    }

    private static (HttpContent Content, string Description) HostileBody(Template template, Random random)
    {
        var body = template.Body!.DeepClone().AsObject();
        var fields = body.Select(p => p.Key).ToArray();
        var field = Pick(random, fields);
        var original = body[field];
        switch (random.Next(10))
        {
            case 0:
            case 1:
            case 2:
            {
                var value = original switch
                {
                    JsonArray => Pick(random, InvalidForArray),
                    JsonValue number when number.GetValueKind() == JsonValueKind.Number => Pick(random, InvalidForNumber),
                    _ => Pick(random, InvalidForString),
                };
                body[field] = value?.DeepClone();
                return (JsonBody(body), $"{field}={Truncate(value?.ToJsonString())}");
            }
            case 3:
            case 4:
            {
                var value = Pick(random, MaybeValid);
                body[field] = value?.DeepClone();
                Poison(body, template);
                return (JsonBody(body), $"{field}={Truncate(value?.ToJsonString())} + poison");
            }
            case 5:
                body.Remove(field);
                Poison(body, template);
                return (JsonBody(body), $"without {field} + poison");
            case 6:
            {
                var text = body.ToJsonString();
                var duplicate = $"{{\"{field}\":{original?.ToJsonString() ?? "null"},{text[1..]}";
                return (new StringContent(duplicate, Encoding.UTF8, "application/json"), $"duplicate {field}");
            }
            case 7:
            {
                var text = body.ToJsonString();
                return (new StringContent(text[..random.Next(text.Length - 1)], Encoding.UTF8, "application/json"), "truncated JSON");
            }
            case 8:
            {
                var type = Pick(random, ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16"]);
                var content = new StringContent(body.ToJsonString(), Encoding.UTF8);
                content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(type);
                return (content, $"content type {type}");
            }
            default:
            {
                var shape = Pick(random, ["", "null", "[]", "42", "\"text\"", "true", new string('[', 100) + new string(']', 100), "{\"a\":" + new string('{', 50)]);
                return (new StringContent(shape, Encoding.UTF8, "application/json"), $"body {Truncate(shape)}");
            }
        }
    }

    private static void Poison(JsonObject body, Template template)
    {
        var (field, value) = template.Poison!.Value;
        body[field] = value?.DeepClone();
    }

    private static StringContent JsonBody(JsonObject body) => new(
        body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Replace(LoneHigh, "\\ud800", StringComparison.Ordinal).Replace(LoneLow, "\\udfff", StringComparison.Ordinal),
        Encoding.UTF8, "application/json");

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private static string Truncate(string? text) => text is null ? "null" : text.Length <= 80 ? text : text[..80] + "...";

    /// <summary>A row count and an md5 of every row of every table of ours (Hangfire keeps its own in the hangfire schema).</summary>
    private async Task<string> ChecksumAsync()
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var sums = new StringBuilder();
        foreach (var table in tables)
        {
            await using var sum = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table}\" t", connection);
            sums.Append(table).Append('=').Append(await sum.ExecuteScalarAsync()).Append('\n');
        }
        return sums.ToString();
    }

    private HashSet<string> EndpointKeys() =>
    [
        .. App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} /{e.RoutePattern.RawText!.Trim('/')}"))
            .Where(key => !BrowserOnlyEndpoints.Keys.Contains(key)),
    ];

    /// <summary>How to call one endpoint validly, from which the hostile variants are derived.</summary>
    private sealed record Template(HttpClient Client, string Path, Func<string, string> Fill)
    {
        public JsonObject? Body { get; init; }
        /// <summary>A field and value the endpoint must refuse, sent along with values that might be valid.</summary>
        public (string Field, JsonNode? Value)? Poison { get; init; }
        /// <summary>Query parameters whose every hostile value is invalid.</summary>
        public string[]? InvalidQuery { get; init; }
        public string[] ValidQueryValues { get; init; } = [];
        public Dictionary<string, string> Headers { get; init; } = [];
        /// <summary>For endpoints without any input to get wrong: they may answer 2xx (but never 5xx).</summary>
        public bool MayAnswerOk { get; init; }

        public IReadOnlyList<string> PathParameters =>
            [.. System.Text.RegularExpressions.Regex.Matches(Path, "\\{[^}]+\\}").Select(m => m.Value)];
    }

    private sealed record World(Dictionary<string, Template> Templates);

    private async Task<World> BuildWorldAsync()
    {
        var school = await SchoolAsync();
        var company = await CompanyAsync();
        var coordinator = await CoordinatorAsync();
        var companyId = await IdOfAsync(company.PostAsJsonAsync("/v1/companies", TestData.Company()));
        var accreditationId = await IdOfAsync(company.PostAsJsonAsync($"/v1/companies/{companyId}/accreditations", TestData.Accreditation()));
        var offerId = await IdOfAsync(company.PostAsJsonAsync("/v1/offers", TestData.Offer()));
        var studentId = await IdOfAsync(school.PostAsJsonAsync("/v1/students", TestData.Student()));
        var placementId = await IdOfAsync(school.PostAsJsonAsync("/v1/placements", new { studentId, offerId }));
        Assert.Equal(HttpStatusCode.OK, (await school.PostAsync($"/v1/placements/{placementId}/cancel", null)).StatusCode);
        var subscriptionId = await IdOfAsync(coordinator.PostAsJsonAsync("/v1/subscriptions", new { regions = new[] { "rijnmond" }, email = "rmc@example.nl" }));
        var alertSubscriptionId = await IdOfAsync(school.PostAsJsonAsync("/v1/alert-subscriptions", new { email = "stage@school.example.nl" }));
        var apiKeyId = (await ReadJsonAsync(await Admin.GetAsync("/v1/api-keys")))["items"]![0]!["id"]!.GetValue<Guid>();
        // Discarded: a valid run, confirmation, discard or ranking is refused (409) and changes nothing.
        var roundId = await IdOfAsync(coordinator.PostAsJsonAsync("/v1/placement-rounds", Round()));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/v1/placement-rounds/{roundId}/discard", null)).StatusCode);
        await IndexesCaughtUpAsync();
        // The alert detector writes its cursor and the offers' states in the background: done before the checksum is taken.
        await AlertsCaughtUpAsync();

        string Fill(string path) => path
            .Replace("{id:guid}", path.StartsWith("/v1/placement-rounds", StringComparison.Ordinal) ? roundId.ToString()
                : path.StartsWith("/v1/students", StringComparison.Ordinal) ? studentId.ToString()
                : path.StartsWith("/v1/companies", StringComparison.Ordinal) ? companyId.ToString()
                : path.StartsWith("/v1/offers", StringComparison.Ordinal) ? offerId.ToString()
                : path.StartsWith("/v1/placements", StringComparison.Ordinal) ? placementId.ToString()
                : path.StartsWith("/v1/subscriptions", StringComparison.Ordinal) ? subscriptionId.ToString()
                : path.StartsWith("/v1/alert-subscriptions", StringComparison.Ordinal) ? alertSubscriptionId.ToString()
                // Never a real key: a valid DELETE would revoke it.
                : Guid.NewGuid().ToString())
            .Replace("{accreditationId:guid}", Guid.NewGuid().ToString())
            .Replace("{studentId:guid}", studentId.ToString())
            .Replace("{offerId:guid}", offerId.ToString())
            .Replace("{crebo:int}", TestData.LogisticsCrebo.ToString())
            .Replace("{pc4:int}", TestData.RotterdamPc4.ToString())
            .Replace("{code}", "rijnmond")
            .Replace("{isoWeek}", "2026-W10")
            .Replace("{cellId}", "mobiliteit-transport-logistiek-maritiem_rijnmond_2026-03")
            .Replace("{documentName}", "v1")
            // Only ever a job that does not exist: running a real one would change the database.
            .Replace("{name}", "no-such-job");
        _ = accreditationId;
        _ = apiKeyId;

        Template Get(HttpClient client, string path, params string[] invalidQuery) =>
            new(client, path, Fill) { InvalidQuery = invalidQuery.Length == 0 ? null : invalidQuery, MayAnswerOk = invalidQuery.Length == 0 && !path.Contains('{') };
        Template Write(HttpClient client, string path, object body, string poisonField, JsonNode? poisonValue, bool stale = false) =>
            new(client, path, Fill)
            {
                Body = JsonSerializer.SerializeToNode(body, Json)!.AsObject(),
                Poison = (poisonField, poisonValue),
                Headers = stale ? new() { ["If-Match"] = "\"999\"" } : [],
            };
        // Paged lists: every hostile limit is invalid (0, negative, over 200, not a number).
        var paged = new[] { "limit" };

        var templates = new Dictionary<string, Template>
        {
            ["ANY /health/live"] = Get(Anonymous(), "/health/live"),
            ["ANY /health/ready"] = Get(Anonymous(), "/health/ready"),
            ["GET /openapi/{documentName}.json"] = Get(Anonymous(), "/openapi/v1.json"),
            ["GET /openapi/{documentName}.yaml"] = Get(Anonymous(), "/openapi/v1.yaml"),
            ["ANY /metrics"] = Get(Admin, "/metrics"),
            ["GET /v1/qualifications"] = Get(Admin, "/v1/qualifications", "limit", "level"),
            ["GET /v1/qualifications/{crebo:int}"] = Get(Admin, "/v1/qualifications/{crebo:int}"),
            ["GET /v1/sectors"] = Get(Admin, "/v1/sectors"),
            ["GET /v1/regions"] = Get(Admin, "/v1/regions"),
            ["GET /v1/regions/{code}"] = Get(Admin, "/v1/regions/{code}"),
            ["GET /v1/postcodes/{pc4:int}"] = Get(Admin, "/v1/postcodes/{pc4:int}"),
            ["POST /v1/students"] = Write(school, "/v1/students", TestData.Student("STU-NEW"), "crebo", 1),
            ["GET /v1/students"] = Get(school, "/v1/students", "limit", "crebo", "pc4", "status", "learningPath"),
            ["GET /v1/students/{id:guid}"] = Get(school, "/v1/students/{id:guid}"),
            ["PUT /v1/students/{id:guid}"] = Write(school, "/v1/students/{id:guid}", TestData.Student(), "level", 9, stale: true),
            ["DELETE /v1/students/{id:guid}"] = Get(school, "/v1/students/{id:guid}") with { Headers = new() { ["If-Match"] = "\"999\"" } },
            ["GET /v1/students/{id:guid}/export"] = Get(school, "/v1/students/{id:guid}/export"),
            ["GET /v1/students/{id:guid}/audit"] = Get(school, "/v1/students/{id:guid}/audit", paged),
            // A bad row is answered in the 200, as a failed row: only a bad envelope is a 400.
            ["POST /v1/students/bulk"] = Write(school, "/v1/students/bulk", new { students = new[] { TestData.Student("STU-BULK") } }, "schoolBrin", "lowercase")
                with { MayAnswerOk = true },
            ["GET /v1/students/{id:guid}/matches"] = Get(school, "/v1/students/{id:guid}/matches", "limit", "offset"),
            ["POST /v1/matches/batch"] = Write(school, "/v1/matches/batch", new { studentIds = new[] { studentId }, limit = 3 }, "limit", 0),
            ["GET /v1/students/{id:guid}/matches/diagnosis"] = Get(school, "/v1/students/{id:guid}/matches/diagnosis"),
            ["POST /v1/matches/diagnosis/batch"] = Write(school, "/v1/matches/diagnosis/batch", new { studentIds = new[] { studentId } }, "studentIds", new JsonArray()),
            ["POST /v1/companies"] = Write(company, "/v1/companies", TestData.Company(), "pc4", 1),
            ["GET /v1/companies"] = Get(company, "/v1/companies", paged),
            ["GET /v1/companies/{id:guid}"] = Get(company, "/v1/companies/{id:guid}"),
            ["PUT /v1/companies/{id:guid}"] = Write(company, "/v1/companies/{id:guid}", TestData.Company(), "pc4", 1, stale: true),
            ["POST /v1/companies/{id:guid}/accreditations"] = Write(company, "/v1/companies/{id:guid}/accreditations", TestData.Accreditation(), "learningPath", "XYZ"),
            ["GET /v1/companies/{id:guid}/accreditations"] = Get(company, "/v1/companies/{id:guid}/accreditations", paged),
            ["GET /v1/companies/{id:guid}/accreditations/{accreditationId:guid}"] = Get(company, "/v1/companies/{id:guid}/accreditations/{accreditationId:guid}"),
            ["DELETE /v1/companies/{id:guid}/accreditations/{accreditationId:guid}"] = Get(company, "/v1/companies/{id:guid}/accreditations/{accreditationId:guid}"),
            ["POST /v1/offers"] = Write(company, "/v1/offers", TestData.Offer(), "places", 0),
            ["GET /v1/offers"] = Get(school, "/v1/offers", "limit", "crebo", "status", "learningPath", "companyId", "startFrom"),
            ["GET /v1/offers/{id:guid}"] = Get(school, "/v1/offers/{id:guid}"),
            ["PUT /v1/offers/{id:guid}"] = Write(company, "/v1/offers/{id:guid}", TestData.Offer(), "places", 0, stale: true),
            ["POST /v1/offers/{id:guid}/close"] = Get(company, "/v1/offers/{id:guid}/close") with { Headers = new() { ["If-Match"] = "\"999\"" } },
            ["GET /v1/offers/{id:guid}/candidates"] = Get(company, "/v1/offers/{id:guid}/candidates", "limit", "offset"),
            ["POST /v1/search/offers"] = Write(school, "/v1/search/offers", new { text = "magazijn", nearPc4 = 3011, radiusKm = 15, limit = 3 }, "limit", 0),
            ["POST /v1/placements"] = Write(school, "/v1/placements", new { studentId, offerId }, "studentId", "not-a-guid"),
            ["GET /v1/placements"] = Get(school, "/v1/placements", paged),
            ["GET /v1/placements/{id:guid}"] = Get(school, "/v1/placements/{id:guid}"),
            // The placement is cancelled: every transition of it is refused.
            ["POST /v1/placements/{id:guid}/accept"] = Get(company, "/v1/placements/{id:guid}/accept"),
            ["POST /v1/placements/{id:guid}/decline"] = Get(company, "/v1/placements/{id:guid}/decline"),
            ["POST /v1/placements/{id:guid}/cancel"] = Get(school, "/v1/placements/{id:guid}/cancel"),
            ["GET /v1/shortfalls"] = Get(coordinator, "/v1/shortfalls", "limit", "week", "region", "sector"),
            ["GET /v1/shortfalls/trend"] = Get(coordinator, "/v1/shortfalls/trend", "weeks", "region", "sector"),
            ["GET /v1/reports/{isoWeek}"] = Get(coordinator, "/v1/reports/{isoWeek}", "format"),
            ["GET /v1/shortfalls/{isoWeek}/cells/{cellId}/companies"] = Get(coordinator, "/v1/shortfalls/{isoWeek}/cells/{cellId}/companies", "limit", "format"),
            ["POST /v1/subscriptions"] = Write(coordinator, "/v1/subscriptions", new { regions = new[] { "rijnmond" }, email = "rmc2@example.nl" }, "regions", new JsonArray("atlantis")),
            ["GET /v1/subscriptions"] = Get(coordinator, "/v1/subscriptions", "limit", "apiKeyId"),
            ["GET /v1/subscriptions/{id:guid}"] = Get(coordinator, "/v1/subscriptions/{id:guid}"),
            ["PUT /v1/subscriptions/{id:guid}"] = Write(coordinator, "/v1/subscriptions/{id:guid}", new { regions = new[] { "rijnmond" }, email = "rmc@example.nl" }, "regions", new JsonArray("atlantis"), stale: true),
            ["DELETE /v1/subscriptions/{id:guid}"] = Get(coordinator, "/v1/subscriptions/{id:guid}") with { Headers = new() { ["If-Match"] = "\"999\"" } },
            ["GET /v1/subscriptions/{id:guid}/deliveries"] = Get(coordinator, "/v1/subscriptions/{id:guid}/deliveries", paged),
            // The school has its one subscription: even a valid creation is refused (409).
            ["POST /v1/alert-subscriptions"] = Write(school, "/v1/alert-subscriptions", new { email = "stage2@school.example.nl" }, "regions", new JsonArray("atlantis")),
            ["GET /v1/alert-subscriptions"] = Get(school, "/v1/alert-subscriptions", "limit", "schoolBrin"),
            ["GET /v1/alert-subscriptions/{id:guid}"] = Get(school, "/v1/alert-subscriptions/{id:guid}"),
            ["PUT /v1/alert-subscriptions/{id:guid}"] = Write(school, "/v1/alert-subscriptions/{id:guid}", new { email = "stage@school.example.nl" }, "crebos", new JsonArray(1), stale: true),
            ["DELETE /v1/alert-subscriptions/{id:guid}"] = Get(school, "/v1/alert-subscriptions/{id:guid}") with { Headers = new() { ["If-Match"] = "\"999\"" } },
            ["GET /v1/alert-subscriptions/{id:guid}/alerts"] = Get(school, "/v1/alert-subscriptions/{id:guid}/alerts", "limit", "status", "studentId"),
            ["GET /v1/alert-subscriptions/{id:guid}/deliveries"] = Get(school, "/v1/alert-subscriptions/{id:guid}/deliveries", "limit", "channel", "status"),
            ["GET /v1/jobs"] = Get(coordinator, "/v1/jobs"),
            ["GET /v1/admin/index-consistency"] = Get(Admin, "/v1/admin/index-consistency"),
            ["POST /v1/jobs/{name}/run"] = Get(Admin, "/v1/jobs/{name}/run"),
            ["POST /v1/api-keys"] = Write(Admin, "/v1/api-keys", new { name = "portal", role = "school", brin = SchoolBrin }, "role", "superuser"),
            ["GET /v1/api-keys"] = Get(Admin, "/v1/api-keys", paged),
            ["POST /v1/placement-rounds"] = Write(coordinator, "/v1/placement-rounds", Round(), "regions", new JsonArray("atlantis")),
            ["GET /v1/placement-rounds"] = Get(coordinator, "/v1/placement-rounds", "limit", "status"),
            ["GET /v1/placement-rounds/{id:guid}"] = Get(coordinator, "/v1/placement-rounds/{id:guid}"),
            ["POST /v1/placement-rounds/{id:guid}/run"] = Get(coordinator, "/v1/placement-rounds/{id:guid}/run"),
            ["POST /v1/placement-rounds/{id:guid}/confirm"] = Get(coordinator, "/v1/placement-rounds/{id:guid}/confirm"),
            ["POST /v1/placement-rounds/{id:guid}/discard"] = Get(coordinator, "/v1/placement-rounds/{id:guid}/discard"),
            ["GET /v1/placement-rounds/{id:guid}/assignments"] = Get(coordinator, "/v1/placement-rounds/{id:guid}/assignments", "limit", "placed"),
            ["GET /v1/placement-rounds/{id:guid}/offers"] = Get(coordinator, "/v1/placement-rounds/{id:guid}/offers", paged),
            ["PUT /v1/placement-rounds/{id:guid}/students/{studentId:guid}/ranking"] = Write(school, "/v1/placement-rounds/{id:guid}/students/{studentId:guid}/ranking",
                new { offerIds = new[] { offerId } }, "offerIds", new JsonArray("not-a-guid")),
            ["GET /v1/placement-rounds/{id:guid}/students/{studentId:guid}/ranking"] = Get(school, "/v1/placement-rounds/{id:guid}/students/{studentId:guid}/ranking"),
            ["PUT /v1/placement-rounds/{id:guid}/offers/{offerId:guid}/ranking"] = Write(company, "/v1/placement-rounds/{id:guid}/offers/{offerId:guid}/ranking",
                new { candidateRefs = new[] { "0123456789abcdef" } }, "candidateRefs", new JsonArray()),
            ["GET /v1/placement-rounds/{id:guid}/offers/{offerId:guid}/ranking"] = Get(company, "/v1/placement-rounds/{id:guid}/offers/{offerId:guid}/ranking"),
            ["GET /v1/api-keys/{id:guid}"] = Get(Admin, "/v1/api-keys/{id:guid}"),
            ["DELETE /v1/api-keys/{id:guid}"] = Get(Admin, "/v1/api-keys/{id:guid}"),
        };
        return new World(templates);
    }


    private static object Round() => new
    {
        name = "Matchingdag", regions = new[] { "rijnmond" }, startFrom = "2027-01-01", startUntil = "2027-06-30",
        preferencesDeadline = DateTimeOffset.UtcNow.AddDays(7),
    };

    private static async Task<Guid> IdOfAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await ReadJsonAsync(response))["id"]!.GetValue<Guid>();
    }
}
