using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Matching.Api.Tests.Contract.Fuzz;
using Matching.Tests.Service;
using Matching.Jobs;
using Matching.Jobs.Shortfalls;
using Matching.Tests;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Matching.Api.Tests.Contract;

/// <summary>
/// A property-based fuzz driven by openapi.yaml: for every operation it sends valid requests built from the schemas
/// and real data, requests that break one constraint each, and create-read-update-delete sequences, on one service.
/// Every answer must be documented for its operation (status and content type), no answer is a 5xx, a 2xx body
/// matches its schema, a 201's Location reads back, and a valid request is never refused for its shape. Seeded:
/// MATCHING_FUZZ_SEED=n reruns a failure, MATCHING_FUZZ_EXAMPLES=n sends more.
/// </summary>
public sealed class ContractFuzzTests(PostgresServer postgres, ITestOutputHelper output) : ApiTestBase(postgres)
{
    private const int DefaultSeed = 20261214;
    private const int DefaultExamples = 50;

    private readonly FuzzWorld _world = new();
    private readonly List<string> _failures = [];
    private readonly Dictionary<string, int> _examples = [];
    private readonly Dictionary<string, SortedDictionary<int, int>> _statuses = [];
    private ApiDocument _document = null!;
    private SchemaChecker _checker = null!;
    private int _seed;

    [Fact]
    public async Task Every_operation_answers_as_openapi_yaml_documents_for_valid_invalid_and_stateful_requests()
    {
        _seed = int.TryParse(Environment.GetEnvironmentVariable("MATCHING_FUZZ_SEED"), out var seed) ? seed : DefaultSeed;
        var examples = int.TryParse(Environment.GetEnvironmentVariable("MATCHING_FUZZ_EXAMPLES"), out var n) ? n : DefaultExamples;
        var clock = Stopwatch.StartNew();
        _document = await LoadDocumentAsync();
        _checker = new SchemaChecker(_document);
        await BuildWorldAsync();

        var operations = _document.Operations();
        foreach (var operation in operations.OrderBy(o => o.Phase))
        {
            var random = new Random(_seed ^ StableHash(operation.Id));
            var factory = new RequestFactory(_document, _world, random);
            var requests = factory.Invalid(operation).ToList();
            requests.AddRange(WindowBreakers(operation, factory));
            var valid = Math.Max(examples - requests.Count, examples * 3 / 5);
            requests.InsertRange(0, Enumerable.Range(0, valid).Select(_ => factory.Valid(operation)));
            foreach (var request in requests)
            {
                await SendAndCheckAsync(request);
            }
        }
        foreach (var operation in operations.Where(o => o.Method == "POST" && o.Responses.ContainsKey("201")))
        {
            var factory = new RequestFactory(_document, _world, new Random(_seed ^ StableHash("sequence " + operation.Id)));
            for (var i = 0; i < 5; i++)
            {
                await RunSequenceAsync(operation, operations, factory);
            }
        }

        output.WriteLine($"Seed {_seed}: {_examples.Values.Sum()} requests to {_examples.Count} operations in {clock.Elapsed.TotalSeconds:F0} s, "
            + $"at least {_examples.Values.Min()} per operation.");
        foreach (var (id, counts) in _statuses.OrderBy(s => s.Key))
        {
            output.WriteLine($"  {id}: {string.Join(" ", counts.Select(c => $"{c.Key}x{c.Value}"))}");
        }
        Assert.Equal(operations.Select(o => o.Id).Order(), _examples.Keys.Order());
        Assert.True(_examples.Values.All(count => count >= examples), "Fewer examples than asked for: " + string.Join(", ", _examples.Where(e => e.Value < examples)));
        Assert.True(_failures.Count == 0,
            $"{_failures.Count} contract failures (seed {_seed}; rerun with MATCHING_FUZZ_SEED={_seed}):\n" + string.Join("\n", _failures.Distinct().Take(40)));
    }

    /// <summary>The fuzz reads openapi.yaml: the file must be the document the service serves, whose JSON form it parses.</summary>
    private async Task<ApiDocument> LoadDocumentAsync()
    {
        var committed = await File.ReadAllTextAsync(Path.Combine(OpenApiContractTests.RepositoryRoot(), "openapi.yaml"));
        var served = await Anonymous().GetStringAsync("/openapi/v1.yaml");
        Assert.True(OpenApiContractTests.Normalize(committed) == OpenApiContractTests.Normalize(served), "openapi.yaml differs from the served document: run ./scripts/update-openapi.sh");
        return new ApiDocument(JsonNode.Parse(await Anonymous().GetStringAsync("/openapi/v1.json"))!.AsObject());
    }

    /// <summary>A key per role and a few of everything, owned by those keys; reference data as the service lists it.</summary>
    private async Task BuildWorldAsync()
    {
        _world.Clients["admin"] = Admin;
        _world.Clients["anonymous"] = Anonymous();
        foreach (var (role, body) in new (string, object)[]
        {
            ("school", new { name = "fuzz school", role = "school", brin = SchoolBrin }),
            ("company", new { name = "fuzz company", role = "company", kvk = CompanyKvk }),
            ("coordinator", new { name = "fuzz coordinator", role = "coordinator", regions = new[] { "rijnmond" } }),
        })
        {
            var issued = await CreatedAsync(Admin, "/v1/api-keys", body);
            _world.Clients[role] = ClientWithKey(issued["key"]!.GetValue<string>());
            var id = issued["apiKey"]!["id"]!.GetValue<string>();
            _world.Add("api-keys", id, core: true);
            if (role == "coordinator")
            {
                _world.CoordinatorKeyId = id;
            }
        }
        var (school, company, coordinator) = (_world.Clients["school"], _world.Clients["company"], _world.Clients["coordinator"]);
        var companyId = (await CreatedAsync(company, "/v1/companies", TestData.Company()))["id"]!.GetValue<string>();
        _world.Add("companies", companyId, core: true);
        _world.Add("accreditations", (await CreatedAsync(company, $"/v1/companies/{companyId}/accreditations", TestData.Accreditation()))["id"]!.GetValue<string>(), core: true);
        for (var i = 0; i < 4; i++)
        {
            _world.Add("offers", (await CreatedAsync(company, "/v1/offers", TestData.Offer(places: 3)))["id"]!.GetValue<string>(), core: true);
            _world.Add("students", (await CreatedAsync(school, "/v1/students", TestData.Student($"CORE-{i}")))["id"]!.GetValue<string>(), core: true);
        }
        var placement = await CreatedAsync(school, "/v1/placements", new { studentId = _world.Ids["students"][0], offerId = _world.Ids["offers"][0] });
        _world.Add("placements", placement["id"]!.GetValue<string>(), core: true);
        _world.Add("subscriptions", (await CreatedAsync(coordinator, "/v1/subscriptions", new { regions = new[] { "rijnmond" }, email = "rmc@example.nl" }))["id"]!.GetValue<string>(), core: true);
        _world.Add("alert-subscriptions", (await CreatedAsync(school, "/v1/alert-subscriptions", new { email = "stage@school.example.nl" }))["id"]!.GetValue<string>(), core: true);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await App.Services.GetRequiredService<ShortfallCalculator>().ComputeAsync(today, DateTimeOffset.UtcNow, CancellationToken.None);
        _world.Week = IsoWeek.Of(today).ToString();
        _world.Add("reports", _world.Week);
        // The week's cells, by the id the places to recruit are read by (most not flagged: a 404 the document lists).
        foreach (var cell in (await Admin.GetFromJsonAsync<JsonObject>($"/v1/shortfalls?week={_world.Week}&limit=200"))!["items"]!.AsArray())
        {
            _world.Add("cells", cell!["id"]!.GetValue<string>());
        }
        _world.Add("jobs", "shortfall");

        foreach (var sector in (await Admin.GetFromJsonAsync<JsonArray>("/v1/sectors"))!)
        {
            _world.Sectors.Add(sector!["code"]!.GetValue<string>());
        }
        foreach (var region in (await Admin.GetFromJsonAsync<JsonArray>("/v1/regions"))!)
        {
            _world.Regions.Add(region!["code"]!.GetValue<string>());
            _world.Add("regions", region["code"]!.GetValue<string>());
        }
        var qualifications = await Admin.GetFromJsonAsync<JsonObject>("/v1/qualifications?current=true&limit=200");
        foreach (var q in qualifications!["items"]!.AsArray())
        {
            var paths = q!["learningPaths"]!.AsArray().Select(p => p!.GetValue<string>()).ToArray();
            _world.Qualifications.Add((q["crebo"]!.GetValue<int>(), q["level"]!.GetValue<int>(), paths));
            _world.Add("qualifications", q["crebo"]!.GetValue<int>().ToString());
        }
        foreach (var pc4 in new[] { TestData.RotterdamPc4, 3089, 3011, 3025, 2511, 1012, 3511, 5611 })
        {
            if ((await Admin.GetAsync($"/v1/postcodes/{pc4}")).IsSuccessStatusCode)
            {
                _world.Postcodes.Add(pc4);
                _world.Add("postcodes", pc4.ToString());
            }
        }
        await IndexesCaughtUpAsync();
    }

    /// <summary>Paging past the 10,000th result, which the descriptions exclude: refused, never a 500.</summary>
    private static IEnumerable<FuzzRequest> WindowBreakers(ApiOperation operation, RequestFactory factory)
    {
        var offset = operation.ParametersIn("query").FirstOrDefault(p => p["name"]!.GetValue<string>() == "offset");
        var limit = operation.ParametersIn("query").FirstOrDefault(p => p["name"]!.GetValue<string>() == "limit");
        if (offset?["schema"]?["maximum"]?.GetValue<int>() is not (> 0 and <= 10_000) || limit is null)
        {
            yield break;
        }
        var request = factory.Valid(operation);
        request.Query.RemoveAll(q => q.Key is "offset" or "limit");
        request.Query.Add(new("offset", offset["schema"]!["maximum"]!.ToString()));
        request.Query.Add(new("limit", limit["schema"]!["maximum"]!.ToString()));
        yield return request with { Broken = "offset + limit over 10,000" };
    }

    /// <summary>Create, read, replace with the ETag, replace with the stale ETag, delete, read again.</summary>
    private async Task RunSequenceAsync(ApiOperation create, IReadOnlyList<ApiOperation> operations, RequestFactory factory)
    {
        var created = await SendAndCheckAsync(factory.Valid(create));
        if (created?.StatusCode != HttpStatusCode.Created || created.Headers.Location is not { } location)
        {
            return;
        }
        var item = operations.Where(o => o.Path.StartsWith(create.Path + "/{", StringComparison.Ordinal) && o.Path.Count(c => c == '/') == create.Path.Count(c => c == '/') + 1).ToList();
        var client = _world.Clients[RequestFactory.RoleFor(create, Random.Shared)];
        var read = await client.GetAsync(location);
        Expect(create, $"GET {location} after create", read, HttpStatusCode.OK);
        var etag = read.Headers.ETag?.ToString();
        if (item.FirstOrDefault(o => o.Method == "PUT") is { } replace && etag is not null)
        {
            var body = factory.Valid(replace) with { Path = location.ToString() };
            body.Headers["If-Match"] = etag;
            var updated = await SendAndCheckAsync(body);
            if (updated?.StatusCode == HttpStatusCode.OK)
            {
                Assert.NotEqual(etag, updated.Headers.ETag?.ToString());
                var stale = factory.Valid(replace) with { Path = location.ToString() };
                stale.Headers["If-Match"] = etag;
                Expect(replace, "PUT with the stale ETag", await SendAndCheckAsync(stale), HttpStatusCode.PreconditionFailed);
                etag = updated.Headers.ETag?.ToString();
            }
        }
        if (item.FirstOrDefault(o => o.Method == "DELETE") is { } delete)
        {
            var request = new FuzzRequest(delete, RequestFactory.RoleFor(delete, Random.Shared), location.ToString(), [], [], null);
            if (delete.Parameters.Any(p => p["name"]!.GetValue<string>() == "If-Match") && etag is not null)
            {
                request.Headers["If-Match"] = etag;
            }
            var deleted = await SendAndCheckAsync(request);
            if (deleted?.StatusCode == HttpStatusCode.NoContent)
            {
                Expect(create, $"GET {location} after delete", await client.GetAsync(location), HttpStatusCode.NotFound);
            }
        }
    }

    private void Expect(ApiOperation operation, string what, HttpResponseMessage? response, HttpStatusCode expected)
    {
        if (response is not null && response.StatusCode != expected)
        {
            _failures.Add($"{operation.Id}: {what} gave {(int)response.StatusCode}, expected {(int)expected}");
        }
    }

    private async Task<HttpResponseMessage?> SendAndCheckAsync(FuzzRequest request)
    {
        var operation = request.Operation;
        _examples[operation.Id] = _examples.GetValueOrDefault(operation.Id) + 1;
        var client = _world.Clients[request.Role];
        if (request.Headers.TryGetValue("If-Match", out var ifMatch) && ifMatch.Length == 0)
        {
            await FillIfMatchAsync(request, client);
        }
        var message = new HttpRequestMessage(new HttpMethod(operation.Method), request.Uri);
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
        if (request.SendBody && (request.RawBody ?? request.Body?.ToJsonString()) is { } body)
        {
            message.Content = new StringContent(body, Encoding.UTF8, request.ContentType);
        }
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message);
        }
        catch (Exception exception)
        {
            Fail(request, $"threw {exception.GetType().Name}: {exception.Message}");
            return null;
        }
        var text = await response.Content.ReadAsStringAsync();
        var statuses = _statuses.TryGetValue(operation.Id, out var counted) ? counted : _statuses[operation.Id] = [];
        statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
        await CheckAsync(request, response, text, client);
        Remember(request, response);
        return response;
    }

    private async Task CheckAsync(FuzzRequest request, HttpResponseMessage response, string text, HttpClient client)
    {
        var status = (int)response.StatusCode;
        var documented = request.Operation.Responses[status.ToString()]?.AsObject();
        if (status >= 500)
        {
            Fail(request, $"answered {status}: {Shorten(text)}");
        }
        if (documented is null)
        {
            Fail(request, $"answered {status}, which the document does not list for {request.Operation.Id}: {Shorten(text)}");
            return;
        }
        if (request.IsValid && status is 400 or 413 or 415)
        {
            Fail(request, $"a valid request was refused with {status}: {Shorten(text)}");
        }
        if (!request.IsValid && status is >= 200 and < 300)
        {
            Fail(request, $"a request that breaks the document ({request.Broken}) was accepted with {status}");
        }
        if (!response.Headers.Contains("X-Content-Type-Options"))
        {
            Fail(request, $"{status} has no X-Content-Type-Options");
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var content = documented["content"]?.AsObject();
        if (text.Length > 0 && (mediaType is null || content?[mediaType] is null))
        {
            Fail(request, $"{status} came as {mediaType ?? "no content type"}, which the document does not list");
        }
        else if (mediaType is "application/json" or "application/problem+json" && content![mediaType]!["schema"] is { } schema)
        {
            JsonNode? json = null;
            try
            {
                json = JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException exception)
            {
                Fail(request, $"{status} is not JSON: {exception.Message}");
            }
            foreach (var error in json is null ? [] : _checker.Check(json, schema).Take(5))
            {
                Fail(request, $"{status} body does not match its schema: {error}");
            }
        }
        foreach (var (name, header) in documented["headers"]?.AsObject() ?? [])
        {
            if (header!["required"]?.GetValue<bool>() == true && !response.Headers.Contains(name) && !response.Content.Headers.Contains(name))
            {
                Fail(request, $"{status} lacks the header {name} that the document requires");
            }
        }
        if (status == 201 && response.Headers.Location is { } location)
        {
            var read = await client.GetAsync(location);
            if (read.StatusCode != HttpStatusCode.OK)
            {
                Fail(request, $"the 201's Location {location} answered {(int)read.StatusCode} to GET");
            }
        }
    }

    /// <summary>New resources join the pools that later requests draw from; deleted ones leave.</summary>
    private void Remember(FuzzRequest request, HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Created && response.Headers.Location?.ToString().Split('/') is [.., var collection, var id])
        {
            _world.Add(collection, id);
        }
        if (response.StatusCode == HttpStatusCode.NoContent && request.Operation.Method == "DELETE" && request.Path.Split('/') is [.., var from, var gone])
        {
            _world.Remove(from, gone);
        }
    }

    /// <summary>A valid If-Match names the current version: read it (from the resource, or its parent for an action), or send *.</summary>
    private static async Task FillIfMatchAsync(FuzzRequest request, HttpClient client)
    {
        request.Headers.Remove("If-Match");
        foreach (var path in new[] { request.Path, request.Path[..request.Path.LastIndexOf('/')] })
        {
            var read = await client.GetAsync(path);
            if (read.Headers.ETag is { } etag)
            {
                request.Headers["If-Match"] = Random.Shared.Next(5) == 0 ? "*" : etag.ToString();
                return;
            }
        }
    }

    private void Fail(FuzzRequest request, string problem) =>
        _failures.Add($"{request.Operation.Id} ({(request.IsValid ? "valid" : request.Broken)}): {problem}\n    {request}");

    private static async Task<JsonObject> CreatedAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    // string.GetHashCode differs per process; the fuzz must not.
    internal static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c));

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
