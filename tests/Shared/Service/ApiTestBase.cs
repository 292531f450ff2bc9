using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matching.Tests;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matching.Tests.Service;

/// <summary>
/// A fresh database and service per test class, with helpers to act as each role. Every test
/// talks HTTP to the real service; assertions on stored state read the database directly.
/// </summary>
public abstract class ApiTestBase(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    public const string SchoolBrin = "25LH";
    public const string OtherSchoolBrin = "30ZZ";
    public const string CompanyKvk = "12345678";
    public const string OtherCompanyKvk = "87654321";

    protected MatchingApiFactory App { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        var database = StartsOnAnEmptyDatabase ? await postgres.CreateDatabaseAsync() : await postgres.CreateMigratedDatabaseAsync();
        await BeforeServiceStartsAsync(database);
        App = new MatchingApiFactory(database, Settings, Logs);
        if (ServesOverKestrel)
        {
            App.UseKestrel(0);
            App.StartServer();
        }
        Admin = ClientWithKey(MatchingApiFactory.AdminKey);
        await App.WaitUntilReadyAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await postgres.DropDatabaseAsync(App.ConnectionString);
    }

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>
    /// Start the service on an empty database, as on a first deployment, instead of a copy of the migrated template
    /// (<see cref="MigratedDatabase"/>): for tests of what the start-up itself does, or of a step before it (the demo's seeding).
    /// </summary>
    protected virtual bool StartsOnAnEmptyDatabase => false;

    /// <summary>Runs on the test's database before the service starts on it, as run.sh seeds the demo before it starts the service.</summary>
    protected virtual Task BeforeServiceStartsAsync(string connectionString) => Task.CompletedTask;

    /// <summary>Serve on a real Kestrel port on loopback (for a real browser) instead of the in-memory test server.</summary>
    protected virtual bool ServesOverKestrel => false;

    /// <summary>Where the service's log lines go, for tests that read them; null: not captured.</summary>
    protected virtual CapturedLogs? Logs => null;

    protected PostgresServer Postgres => postgres;

    protected HttpClient Anonymous() => App.CreateClient();

    protected HttpClient ClientWithKey(string key)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Issues a key through the admin API and returns a client that sends it.</summary>
    protected async Task<HttpClient> ClientForAsync(string role, string? brin = null, string? kvk = null, string[]? regions = null, string[]? sectors = null)
    {
        var response = await Admin.PostAsJsonAsync("/v1/api-keys", new { name = $"test {role}", role, brin, kvk, regions, sectors });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = await response.Content.ReadFromJsonAsync<JsonObject>();
        return ClientWithKey(issued!["key"]!.GetValue<string>());
    }

    protected Task<HttpClient> SchoolAsync(string brin = SchoolBrin) => ClientForAsync("school", brin: brin);

    protected Task<HttpClient> CompanyAsync(string kvk = CompanyKvk) => ClientForAsync("company", kvk: kvk);

    /// <summary>Registers the company key's company and accredits it for <see cref="TestData.Accreditation"/>; returns its id.</summary>
    protected static async Task<Guid> RegisterAccreditedCompanyAsync(HttpClient company)
    {
        var companyId = (await ReadJsonAsync(await company.PostAsJsonAsync("/v1/companies", TestData.Company())))["id"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.Created, (await company.PostAsJsonAsync($"/v1/companies/{companyId}/accreditations", TestData.Accreditation())).StatusCode);
        return companyId;
    }

    /// <summary>Posts an offer (<see cref="TestData.Offer"/> by default) with a company's key; asserts 201 and returns its id.</summary>
    protected static async Task<Guid> PostOfferAsync(HttpClient company, Dictionary<string, object?>? offer = null) =>
        await CreatedIdAsync(await company.PostAsJsonAsync("/v1/offers", offer ?? TestData.Offer()));

    /// <summary>Registers a student (<see cref="TestData.Student"/> by default) with a school's key; asserts 201 and returns its id.</summary>
    protected static async Task<Guid> PostStudentAsync(HttpClient school, Dictionary<string, object?>? student = null) =>
        await CreatedIdAsync(await school.PostAsJsonAsync("/v1/students", student ?? TestData.Student()));

    /// <summary>Asserts 201 Created (showing the body when not) and returns the new resource's id.</summary>
    protected static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await ReadJsonAsync(response))["id"]!.GetValue<Guid>();
    }

    protected Task<HttpClient> CoordinatorAsync(params string[] regions) => ClientForAsync("coordinator", regions: regions.Length == 0 ? ["rijnmond"] : regions);

    protected async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until this node's match indexes have applied every change committed so far (30 s at most).</summary>
    protected Task IndexesCaughtUpAsync() => IndexesCaughtUpAsync(App);

    protected static async Task IndexesCaughtUpAsync(MatchingApiFactory app)
    {
        long latest;
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT coalesce(max(seq), 0) FROM changes", connection);
            latest = (long)(await command.ExecuteScalarAsync())!;
        }
        var indexes = app.Services.GetRequiredService<Matching.Api.Indexing.MatchIndexes>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (indexes.AppliedSeq < latest)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The indexes did not reach change {latest} within 30 s.");
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// Waits until the alert detector (which every node runs in the background) has looked at every change committed so
    /// far, the batches it found due are made and their deliveries queued (30 s at most): for tests that compare the whole database before and after.
    /// </summary>
    protected async Task AlertsCaughtUpAsync()
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT last_seq FROM offer_alert_cursor) >= (SELECT coalesce(max(seq), 0) FROM changes)
               AND NOT EXISTS (SELECT 1 FROM offer_alerts a JOIN alert_subscriptions s ON s.id = a.subscription_id
                               WHERE a.batch_id IS NULL AND (s.next_batch_at IS NULL OR s.next_batch_at <= now()))
               AND NOT EXISTS (SELECT 1 FROM report_deliveries WHERE status IN ('pending', 'sending') AND job_id IS NULL)
            """, connection);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(bool)(await command.ExecuteScalarAsync())!)
        {
            Assert.True(DateTime.UtcNow < deadline, "The alert detector did not reach the latest change within 30 s.");
            await Task.Delay(10);
        }
    }

    protected static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    /// <summary>Asserts an RFC 9457 problem with the status, and returns it.</summary>
    protected static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadJsonAsync(response);
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(problem["title"]?.GetValue<string>()));
        return problem;
    }

    /// <summary>Asserts a 400 validation problem naming exactly these fields, and returns it.</summary>
    protected static async Task<JsonObject> AssertValidationProblemAsync(HttpResponseMessage response, params string[] fields)
    {
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(fields.Order(StringComparer.Ordinal), errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        return problem;
    }

    protected static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;
}
