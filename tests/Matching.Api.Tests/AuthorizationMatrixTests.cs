using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Matching.Tests.Service;
using Matching.Tests;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.Api.Tests;

/// <summary>
/// The access matrix, generated from the service's own endpoint list: every endpoint must have an entry in
/// <see cref="Access"/>, and every entry is exercised by every role, on its own resources and on another's.
/// Writes to existing resources are sent with a stale If-Match (or at a resource whose state refuses them), so an
/// authorized caller gets 412 or 409 and the matrix never changes what later cases read.
/// </summary>
public sealed class AuthorizationMatrixTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private const string StaleVersion = "\"999\"";
    private static readonly string[] Callers = ["anonymous", "bad key", "admin", "school", "company", "coordinator"];
    private static int _sequence;

    private enum Scope { Own, Other }

    /// <summary>How to call an endpoint for a scope, and who gets what: role -> (own, another's); unlisted roles get 403.</summary>
    private sealed record Rule(
        Func<World, Scope, string> Path,
        Dictionary<string, (int Own, int Other)> Allowed,
        Func<World, string, Scope, object?>? Body = null,
        bool Anonymous = false,
        bool StaleIfMatch = false);

    private static readonly Dictionary<string, Rule> Access = new()
    {
        ["ANY /health/live"] = new((_, _) => "/health/live", Everyone(200), Anonymous: true),
        ["ANY /health/ready"] = new((_, _) => "/health/ready", Everyone(200), Anonymous: true),
        ["GET /openapi/{documentName}.json"] = new((_, _) => "/openapi/v1.json", Everyone(200), Anonymous: true),
        ["GET /openapi/{documentName}.yaml"] = new((_, _) => "/openapi/v1.yaml", Everyone(200), Anonymous: true),
        // Prometheus's scrape: the service's internals are for operators only.
        ["ANY /metrics"] = new((_, _) => "/metrics", Allow("admin 200 200")),

        ["GET /v1/qualifications"] = new((_, _) => "/v1/qualifications?q=logistiek", Everyone(200)),
        ["GET /v1/qualifications/{crebo:int}"] = new((_, _) => $"/v1/qualifications/{TestData.LogisticsCrebo}", Everyone(200)),
        ["GET /v1/sectors"] = new((_, _) => "/v1/sectors", Everyone(200)),
        ["GET /v1/regions"] = new((_, _) => "/v1/regions", Everyone(200)),
        ["GET /v1/regions/{code}"] = new((_, _) => "/v1/regions/rijnmond", Everyone(200)),
        ["GET /v1/postcodes/{pc4:int}"] = new((_, _) => $"/v1/postcodes/{TestData.RotterdamPc4}", Everyone(200)),

        ["POST /v1/students"] = new((_, _) => "/v1/students", Allow("admin 201 201", "school 201 403"),
            Body: (w, _, s) => TestData.Student(NextRef()).With("schoolBrin", s == Scope.Own ? SchoolBrin : OtherSchoolBrin)),
        ["GET /v1/students"] = new((_, _) => "/v1/students", Allow("admin 200 200", "school 200 200")),
        ["GET /v1/students/{id:guid}"] = new((w, s) => $"/v1/students/{w.Student(s)}", Allow("admin 200 200", "school 200 403")),
        ["PUT /v1/students/{id:guid}"] = new((w, s) => $"/v1/students/{w.Student(s)}", Allow("admin 412 412", "school 412 403"),
            Body: (_, _, s) => TestData.Student(s == Scope.Own ? "STU-A" : "STU-B"), StaleIfMatch: true),
        ["DELETE /v1/students/{id:guid}"] = new((w, s) => $"/v1/students/{w.Student(s)}", Allow("admin 412 412", "school 412 403"), StaleIfMatch: true),
        ["POST /v1/students/bulk"] = new((_, _) => "/v1/students/bulk", Allow("admin 200 200", "school 200 403"),
            Body: (_, _, s) => new { schoolBrin = s == Scope.Own ? SchoolBrin : OtherSchoolBrin, students = new[] { TestData.Student(NextRef()) } }),
        ["GET /v1/students/{id:guid}/export"] = new((w, s) => $"/v1/students/{w.Student(s)}/export", Allow("admin 200 200", "school 200 403")),
        ["GET /v1/students/{id:guid}/audit"] = new((w, s) => $"/v1/students/{w.Student(s)}/audit", Allow("admin 200 200", "school 200 403")),
        ["GET /v1/students/{id:guid}/matches"] = new((w, s) => $"/v1/students/{w.Student(s)}/matches", Allow("admin 200 200", "school 200 403")),
        // Batch matching answers per student: another school's student is a "forbidden" row in a 200.
        ["POST /v1/matches/batch"] = new((_, _) => "/v1/matches/batch", Allow("admin 200 200", "school 200 200"),
            Body: (w, _, s) => new { studentIds = new[] { w.Student(s) } }),
        ["GET /v1/students/{id:guid}/matches/diagnosis"] = new((w, s) => $"/v1/students/{w.Student(s)}/matches/diagnosis", Allow("admin 200 200", "school 200 403")),
        // As the batch match: another school's student is a "forbidden" row in a 200.
        ["POST /v1/matches/diagnosis/batch"] = new((_, _) => "/v1/matches/diagnosis/batch", Allow("admin 200 200", "school 200 200"),
            Body: (w, _, s) => new { studentIds = new[] { w.Student(s) } }),

        // Registering an existing company is a 409 to those allowed to try.
        ["POST /v1/companies"] = new((_, _) => "/v1/companies", Allow("admin 409 409", "company 409 403"),
            Body: (_, _, s) => TestData.Company(s == Scope.Own ? CompanyKvk : OtherCompanyKvk)),
        ["GET /v1/companies"] = new((_, _) => "/v1/companies", Allow("admin 200 200", "company 200 200")),
        ["GET /v1/companies/{id:guid}"] = new((w, s) => $"/v1/companies/{w.Company(s)}", Allow("admin 200 200", "company 200 403")),
        ["PUT /v1/companies/{id:guid}"] = new((w, s) => $"/v1/companies/{w.Company(s)}", Allow("admin 412 412", "company 412 403"),
            Body: (_, _, s) => TestData.Company(s == Scope.Own ? CompanyKvk : OtherCompanyKvk), StaleIfMatch: true),
        ["POST /v1/companies/{id:guid}/accreditations"] = new((w, s) => $"/v1/companies/{w.Company(s)}/accreditations",
            Allow("admin 201 201", "company 201 403"), Body: (_, _, _) => Accreditation()),
        ["GET /v1/companies/{id:guid}/accreditations"] = new((w, s) => $"/v1/companies/{w.Company(s)}/accreditations", Allow("admin 200 200", "company 200 403")),
        ["GET /v1/companies/{id:guid}/accreditations/{accreditationId:guid}"] = new(
            (w, s) => $"/v1/companies/{w.Company(s)}/accreditations/{Guid.NewGuid()}", Allow("admin 404 404", "company 404 403")),
        ["DELETE /v1/companies/{id:guid}/accreditations/{accreditationId:guid}"] = new(
            (w, s) => $"/v1/companies/{w.Company(s)}/accreditations/{Guid.NewGuid()}", Allow("admin 404 404", "company 404 403")),

        // A company key posts for its own company only and may not name another (400); an admin names the company.
        ["POST /v1/offers"] = new((_, _) => "/v1/offers", Allow("admin 201 201", "company 201 400"),
            Body: (w, role, s) => role == "company" && s == Scope.Own ? TestData.Offer() : TestData.Offer().With("companyId", w.Company(s))),
        ["GET /v1/offers"] = new((_, _) => "/v1/offers", Everyone(200)),
        ["GET /v1/offers/{id:guid}"] = new((w, s) => $"/v1/offers/{w.Offer(s)}", Everyone(200)),
        ["PUT /v1/offers/{id:guid}"] = new((w, s) => $"/v1/offers/{w.Offer(s)}", Allow("admin 412 412", "company 412 403"),
            Body: (_, _, _) => TestData.Offer(), StaleIfMatch: true),
        ["POST /v1/offers/{id:guid}/close"] = new((w, s) => $"/v1/offers/{w.Offer(s)}/close", Allow("admin 412 412", "company 412 403"), StaleIfMatch: true),
        ["GET /v1/offers/{id:guid}/candidates"] = new((w, s) => $"/v1/offers/{w.Offer(s)}/candidates", Allow("admin 200 200", "company 200 403")),
        ["POST /v1/search/offers"] = new((_, _) => "/v1/search/offers", Everyone(200), Body: (_, _, _) => new { text = "magazijn", limit = 3 }),

        // Proposals for a closed offer and transitions of a cancelled placement are refused (409) to those allowed to try.
        ["POST /v1/placements"] = new((_, _) => "/v1/placements", Allow("admin 409 409", "school 409 403"),
            Body: (w, _, s) => new { studentId = w.Student(s), offerId = w.ClosedOffer }),
        ["GET /v1/placements"] = new((_, _) => "/v1/placements", Allow("admin 200 200", "school 200 200", "company 200 200")),
        ["GET /v1/placements/{id:guid}"] = new((w, s) => $"/v1/placements/{w.Placement(s)}", Allow("admin 200 200", "school 200 403", "company 200 403")),
        ["POST /v1/placements/{id:guid}/accept"] = new((w, s) => $"/v1/placements/{w.Placement(s)}/accept", Allow("admin 409 409", "company 409 403")),
        ["POST /v1/placements/{id:guid}/decline"] = new((w, s) => $"/v1/placements/{w.Placement(s)}/decline", Allow("admin 409 409", "company 409 403")),
        ["POST /v1/placements/{id:guid}/cancel"] = new((w, s) => $"/v1/placements/{w.Placement(s)}/cancel",
            Allow("admin 409 409", "school 409 403", "company 409 403")),

        // Rounds A and B are discarded: a run, a confirmation, a discard or a ranking is refused (409) to those allowed to try.
        ["POST /v1/placement-rounds"] = new((_, _) => "/v1/placement-rounds", Allow("admin 201 201", "coordinator 201 403"),
            Body: (_, _, s) => Round(Region(s))),
        ["GET /v1/placement-rounds"] = new((_, _) => "/v1/placement-rounds", Everyone(200)),
        ["GET /v1/placement-rounds/{id:guid}"] = new((w, s) => $"/v1/placement-rounds/{w.Round(s)}", Everyone(200)),
        ["POST /v1/placement-rounds/{id:guid}/run"] = new((w, s) => $"/v1/placement-rounds/{w.Round(s)}/run", Allow("admin 409 409", "coordinator 409 403")),
        ["POST /v1/placement-rounds/{id:guid}/confirm"] = new((w, s) => $"/v1/placement-rounds/{w.Round(s)}/confirm", Allow("admin 409 409", "coordinator 409 403")),
        ["POST /v1/placement-rounds/{id:guid}/discard"] = new((w, s) => $"/v1/placement-rounds/{w.Round(s)}/discard", Allow("admin 409 409", "coordinator 409 403")),
        ["GET /v1/placement-rounds/{id:guid}/assignments"] = new((w, s) => $"/v1/placement-rounds/{w.Round(s)}/assignments",
            Allow("admin 200 200", "school 200 200", "coordinator 200 403")),
        ["GET /v1/placement-rounds/{id:guid}/offers"] = new((w, s) => $"/v1/placement-rounds/{w.Round(s)}/offers",
            Allow("admin 200 200", "company 200 200", "coordinator 200 403")),
        ["PUT /v1/placement-rounds/{id:guid}/students/{studentId:guid}/ranking"] = new(
            (w, s) => $"/v1/placement-rounds/{w.Round(Scope.Own)}/students/{w.Student(s)}/ranking", Allow("admin 409 409", "school 409 403"),
            Body: (w, _, _) => new { offerIds = new[] { w.Offer(Scope.Own) } }),
        ["GET /v1/placement-rounds/{id:guid}/students/{studentId:guid}/ranking"] = new(
            (w, s) => $"/v1/placement-rounds/{w.Round(Scope.Own)}/students/{w.Student(s)}/ranking", Allow("admin 404 404", "school 404 403")),
        ["PUT /v1/placement-rounds/{id:guid}/offers/{offerId:guid}/ranking"] = new(
            (w, s) => $"/v1/placement-rounds/{w.Round(Scope.Own)}/offers/{w.Offer(s)}/ranking", Allow("admin 409 409", "company 409 403"),
            Body: (_, _, _) => new { candidateRefs = new[] { "0123456789abcdef" } }),
        ["GET /v1/placement-rounds/{id:guid}/offers/{offerId:guid}/ranking"] = new(
            (w, s) => $"/v1/placement-rounds/{w.Round(Scope.Own)}/offers/{w.Offer(s)}/ranking", Allow("admin 404 404", "company 404 403")),

        ["GET /v1/shortfalls"] = new((_, s) => $"/v1/shortfalls?region={Region(s)}", Allow("admin 200 200", "coordinator 200 403")),
        ["GET /v1/shortfalls/trend"] = new((_, s) => $"/v1/shortfalls/trend?region={Region(s)}", Allow("admin 200 200", "coordinator 200 403")),
        // No snapshot exists for this week: 404 to those who may read the cell; a cell outside a coordinator's regions is 403 first.
        ["GET /v1/shortfalls/{isoWeek}/cells/{cellId}/companies"] = new(
            (_, s) => $"/v1/shortfalls/2026-W10/cells/mobiliteit-transport-logistiek-maritiem_{Region(s)}_2026-03/companies",
            Allow("admin 404 404", "coordinator 404 403")),
        // No snapshot exists for this week: 404 to those who may read reports (a report is filtered to the key's scope).
        ["GET /v1/reports/{isoWeek}"] = new((_, _) => "/v1/reports/2026-W10", Allow("admin 404 404", "coordinator 404 404")),

        ["POST /v1/subscriptions"] = new((_, _) => "/v1/subscriptions", Allow("admin 201 201", "coordinator 201 403"),
            Body: (w, role, s) => Subscription(s, role == "admin" || s == Scope.Other ? w.CoordinatorKey(s) : null)),
        ["GET /v1/subscriptions"] = new((w, s) => s == Scope.Own ? "/v1/subscriptions" : $"/v1/subscriptions?apiKeyId={w.CoordinatorKey(s)}",
            Allow("admin 200 200", "coordinator 200 403")),
        ["GET /v1/subscriptions/{id:guid}"] = new((w, s) => $"/v1/subscriptions/{w.Subscription(s)}", Allow("admin 200 200", "coordinator 200 403")),
        ["PUT /v1/subscriptions/{id:guid}"] = new((w, s) => $"/v1/subscriptions/{w.Subscription(s)}", Allow("admin 412 412", "coordinator 412 403"),
            Body: (_, _, s) => Subscription(s, null), StaleIfMatch: true),
        ["DELETE /v1/subscriptions/{id:guid}"] = new((w, s) => $"/v1/subscriptions/{w.Subscription(s)}", Allow("admin 412 412", "coordinator 412 403"), StaleIfMatch: true),
        ["GET /v1/subscriptions/{id:guid}/deliveries"] = new((w, s) => $"/v1/subscriptions/{w.Subscription(s)}/deliveries", Allow("admin 200 200", "coordinator 200 403")),

        // Both schools have their one subscription already: creating another is a 409 to those allowed to try.
        ["POST /v1/alert-subscriptions"] = new((_, _) => "/v1/alert-subscriptions", Allow("admin 409 409", "school 409 403"),
            Body: (_, role, s) => AlertSubscription(role == "admin" || s == Scope.Other ? Brin(s) : null)),
        ["GET /v1/alert-subscriptions"] = new((_, s) => s == Scope.Own ? "/v1/alert-subscriptions" : $"/v1/alert-subscriptions?schoolBrin={Brin(s)}",
            Allow("admin 200 200", "school 200 403")),
        ["GET /v1/alert-subscriptions/{id:guid}"] = new((w, s) => $"/v1/alert-subscriptions/{w.AlertSubscription(s)}", Allow("admin 200 200", "school 200 403")),
        ["PUT /v1/alert-subscriptions/{id:guid}"] = new((w, s) => $"/v1/alert-subscriptions/{w.AlertSubscription(s)}", Allow("admin 412 412", "school 412 403"),
            Body: (_, _, _) => AlertSubscription(null), StaleIfMatch: true),
        ["DELETE /v1/alert-subscriptions/{id:guid}"] = new((w, s) => $"/v1/alert-subscriptions/{w.AlertSubscription(s)}", Allow("admin 412 412", "school 412 403"),
            StaleIfMatch: true),
        ["GET /v1/alert-subscriptions/{id:guid}/alerts"] = new((w, s) => $"/v1/alert-subscriptions/{w.AlertSubscription(s)}/alerts",
            Allow("admin 200 200", "school 200 403")),
        ["GET /v1/alert-subscriptions/{id:guid}/deliveries"] = new((w, s) => $"/v1/alert-subscriptions/{w.AlertSubscription(s)}/deliveries",
            Allow("admin 200 200", "school 200 403")),

        ["GET /v1/jobs"] = new((_, _) => "/v1/jobs", Allow("admin 200 200", "coordinator 200 200")),
        // A coordinator runs the shortfall job (its own business) but not the expiry job.
        ["POST /v1/jobs/{name}/run"] = new((_, s) => s == Scope.Own ? "/v1/jobs/shortfall/run" : "/v1/jobs/expiry/run", Allow("admin 202 202", "coordinator 202 403")),

        ["GET /v1/admin/index-consistency"] = new((_, _) => "/v1/admin/index-consistency", Allow("admin 200 200")),

        ["POST /v1/api-keys"] = new((_, _) => "/v1/api-keys", Allow("admin 201 201"), Body: (_, _, _) => new { name = NextRef(), role = "school", brin = SchoolBrin }),
        ["GET /v1/api-keys"] = new((_, _) => "/v1/api-keys", Allow("admin 200 200")),
        ["GET /v1/api-keys/{id:guid}"] = new((_, _) => $"/v1/api-keys/{Guid.NewGuid()}", Allow("admin 404 404")),
        ["DELETE /v1/api-keys/{id:guid}"] = new((_, _) => $"/v1/api-keys/{Guid.NewGuid()}", Allow("admin 404 404")),
    };

    [Fact]
    public void Every_endpoint_of_the_service_has_an_entry_in_the_access_table()
    {
        var endpoints = EndpointKeys();

        Assert.Empty(endpoints.Except(Access.Keys).Select(key => $"no access rule for {key}"));
        Assert.Empty(Access.Keys.Except(endpoints).Select(key => $"access rule for an endpoint that does not exist: {key}"));
        Assert.Empty(BrowserOnlyEndpoints.Keys.Except(AllEndpointKeys()).Select(key => $"browser-only endpoint that does not exist: {key}"));
    }

    [Fact]
    public async Task Every_endpoint_answers_every_role_on_its_own_and_anothers_resources_as_designed()
    {
        var world = await BuildWorldAsync();
        var clients = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = Anonymous(),
            ["bad key"] = ClientWithKey("mk_0123456789abcdef_notarealsecretnotarealsecretnotarealsecret"),
            ["admin"] = Admin,
            ["school"] = world.SchoolA,
            ["company"] = world.CompanyA,
            ["coordinator"] = world.CoordinatorA,
        };

        var mismatches = new List<string>();
        foreach (var key in EndpointKeys())
        {
            var rule = Access[key];
            // Health checks answer any method; GET is what a load balancer sends.
            var method = key.StartsWith("ANY ", StringComparison.Ordinal) ? "GET" : key[..key.IndexOf(' ')];
            foreach (var scope in new[] { Scope.Own, Scope.Other })
            {
                foreach (var caller in Callers)
                {
                    var expected = Expected(rule, caller, scope);
                    var request = new HttpRequestMessage(new HttpMethod(method), rule.Path(world, scope));
                    if (rule.Body is not null)
                    {
                        request.Content = JsonContent.Create(rule.Body(world, caller, scope));
                    }
                    if (rule.StaleIfMatch)
                    {
                        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(StaleVersion));
                    }
                    var response = await clients[caller].SendAsync(request);
                    if ((int)response.StatusCode != expected)
                    {
                        mismatches.Add($"{key} ({request.RequestUri}) as {caller}, {scope}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                    else if (expected >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    {
                        mismatches.Add($"{key} as {caller}, {scope}: {expected} without a problem document");
                    }
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static int Expected(Rule rule, string caller, Scope scope)
    {
        if (rule.Anonymous)
        {
            return scope == Scope.Own ? rule.Allowed["admin"].Own : rule.Allowed["admin"].Other;
        }
        if (caller is "anonymous" or "bad key")
        {
            return 401;
        }
        return rule.Allowed.TryGetValue(caller, out var allowed) ? (scope == Scope.Own ? allowed.Own : allowed.Other) : 403;
    }

    /// <summary>"METHOD /pattern" for every route endpoint an API key calls, read from the service's routing.</summary>
    private HashSet<string> EndpointKeys()
    {
        var keys = AllEndpointKeys();
        keys.ExceptWith(BrowserOnlyEndpoints.Keys);
        return keys;
    }

    private HashSet<string> AllEndpointKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.Trim('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            foreach (var method in methods)
            {
                keys.Add($"{method} {pattern}");
            }
        }
        return keys;
    }

    private static Dictionary<string, (int, int)> Everyone(int status) =>
        new[] { "admin", "school", "company", "coordinator" }.ToDictionary(role => role, _ => (status, status));

    /// <summary>"role own other" per allowed role.</summary>
    private static Dictionary<string, (int, int)> Allow(params string[] entries) => entries
        .Select(entry => entry.Split(' '))
        .ToDictionary(parts => parts[0], parts => (int.Parse(parts[1]), int.Parse(parts[2])));

    private static string NextRef() => $"MX-{Interlocked.Increment(ref _sequence)}";

    private static string Region(Scope scope) => scope == Scope.Own ? "rijnmond" : "groot-amsterdam";

    private static string Brin(Scope scope) => scope == Scope.Own ? SchoolBrin : OtherSchoolBrin;

    private static Dictionary<string, object?> AlertSubscription(string? schoolBrin) => new()
    {
        ["learningPath"] = "BOL",
        ["email"] = "stagebureau@school.example.nl",
        ["schoolBrin"] = schoolBrin,
    };

    // A new start date each time: a company has one accreditation per crebo, path and start date.
    private static object Accreditation() =>
        new { crebo = TestData.LogisticsCrebo, learningPath = "BOL", validFrom = new DateOnly(2026, 1, 1).AddDays(Interlocked.Increment(ref _sequence)) };

    private static object Round(string region) => new
    {
        name = NextRef(), regions = new[] { region }, startFrom = "2027-01-01", startUntil = "2027-06-30",
        preferencesDeadline = DateTimeOffset.UtcNow.AddDays(7),
    };

    private static Dictionary<string, object?> Subscription(Scope scope, Guid? apiKeyId) => new()
    {
        ["regions"] = new[] { Region(scope) },
        ["email"] = "coordinator@rmc.example.nl",
        ["apiKeyId"] = apiKeyId,
    };

    /// <summary>Two of everything, A's (the callers' own) and B's, created through the API.</summary>
    private async Task<World> BuildWorldAsync()
    {
        var (schoolA, _) = await IssueAsync(new { name = "school A", role = "school", brin = SchoolBrin });
        var (schoolB, _) = await IssueAsync(new { name = "school B", role = "school", brin = OtherSchoolBrin });
        var (companyA, _) = await IssueAsync(new { name = "company A", role = "company", kvk = CompanyKvk });
        var (companyB, _) = await IssueAsync(new { name = "company B", role = "company", kvk = OtherCompanyKvk });
        var (coordinatorA, coordinatorKeyA) = await IssueAsync(new { name = "coordinator A", role = "coordinator", regions = new[] { "rijnmond" } });
        var (coordinatorB, coordinatorKeyB) = await IssueAsync(new { name = "coordinator B", role = "coordinator", regions = new[] { "groot-amsterdam" } });

        var companyIdA = await CreateAsync(companyA, "/v1/companies", TestData.Company(CompanyKvk));
        var companyIdB = await CreateAsync(companyB, "/v1/companies", TestData.Company(OtherCompanyKvk));
        await CreateAsync(companyA, $"/v1/companies/{companyIdA}/accreditations", Accreditation());
        await CreateAsync(companyB, $"/v1/companies/{companyIdB}/accreditations", Accreditation());
        var offerA = await CreateAsync(companyA, "/v1/offers", TestData.Offer());
        var offerB = await CreateAsync(companyB, "/v1/offers", TestData.Offer());
        var closedOffer = await CreateAsync(companyA, "/v1/offers", TestData.Offer());
        Assert.Equal(HttpStatusCode.OK, (await companyA.PostAsync($"/v1/offers/{closedOffer}/close", null)).StatusCode);
        var studentA = await CreateAsync(schoolA, "/v1/students", TestData.Student("STU-A"));
        var studentB = await CreateAsync(schoolB, "/v1/students", TestData.Student("STU-B"));
        var placementA = await CreateAsync(schoolA, "/v1/placements", new { studentId = studentA, offerId = offerA });
        var placementB = await CreateAsync(schoolB, "/v1/placements", new { studentId = studentB, offerId = offerB });
        Assert.Equal(HttpStatusCode.OK, (await schoolA.PostAsync($"/v1/placements/{placementA}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await schoolB.PostAsync($"/v1/placements/{placementB}/cancel", null)).StatusCode);
        var subscriptionA = await CreateAsync(coordinatorA, "/v1/subscriptions", Subscription(Scope.Own, null));
        var subscriptionB = await CreateAsync(coordinatorB, "/v1/subscriptions", Subscription(Scope.Other, null));
        var alertSubscriptionA = await CreateAsync(schoolA, "/v1/alert-subscriptions", AlertSubscription(null));
        var alertSubscriptionB = await CreateAsync(schoolB, "/v1/alert-subscriptions", AlertSubscription(null));
        var roundA = await CreateAsync(coordinatorA, "/v1/placement-rounds", Round("rijnmond"));
        var roundB = await CreateAsync(coordinatorB, "/v1/placement-rounds", Round("groot-amsterdam"));
        Assert.Equal(HttpStatusCode.OK, (await coordinatorA.PostAsync($"/v1/placement-rounds/{roundA}/discard", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinatorB.PostAsync($"/v1/placement-rounds/{roundB}/discard", null)).StatusCode);
        await IndexesCaughtUpAsync();

        return new World(schoolA, companyA, coordinatorA, (studentA, studentB), (companyIdA, companyIdB), (offerA, offerB), closedOffer,
            (placementA, placementB), (subscriptionA, subscriptionB), (coordinatorKeyA, coordinatorKeyB), (roundA, roundB),
            (alertSubscriptionA, alertSubscriptionB));
    }

    private async Task<(HttpClient Client, Guid Id)> IssueAsync(object request)
    {
        var response = await Admin.PostAsJsonAsync("/v1/api-keys", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = await ReadJsonAsync(response);
        return (ClientWithKey(issued["key"]!.GetValue<string>()), issued["apiKey"]!["id"]!.GetValue<Guid>());
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await ReadJsonAsync(response))["id"]!.GetValue<Guid>();
    }

    private sealed record World(
        HttpClient SchoolA, HttpClient CompanyA, HttpClient CoordinatorA,
        (Guid A, Guid B) Students, (Guid A, Guid B) Companies, (Guid A, Guid B) Offers, Guid ClosedOffer,
        (Guid A, Guid B) Placements, (Guid A, Guid B) Subscriptions, (Guid A, Guid B) CoordinatorKeys, (Guid A, Guid B) Rounds,
        (Guid A, Guid B) AlertSubscriptions)
    {
        public Guid Student(Scope scope) => Pick(Students, scope);
        public Guid Company(Scope scope) => Pick(Companies, scope);
        public Guid Offer(Scope scope) => Pick(Offers, scope);
        public Guid Placement(Scope scope) => Pick(Placements, scope);
        public Guid Subscription(Scope scope) => Pick(Subscriptions, scope);
        public Guid CoordinatorKey(Scope scope) => Pick(CoordinatorKeys, scope);
        public Guid Round(Scope scope) => Pick(Rounds, scope);
        public Guid AlertSubscription(Scope scope) => Pick(AlertSubscriptions, scope);

        private static Guid Pick((Guid A, Guid B) pair, Scope scope) => scope == Scope.Own ? pair.A : pair.B;
    }
}
