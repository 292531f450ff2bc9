using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Tests.Service;
using Matching.Tests;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace Matching.Api.Tests;

/// <summary>Two nodes on one database, written to at random from several clients: both indexes end equal to the database.</summary>
public sealed class IndexConsistencyTests(PostgresServer postgres, ITestOutputHelper output) : ApiTestBase(postgres)
{
    private const int Writes = 10_000;
    private const int Workers = 8;

    [Fact]
    public async Task After_ten_thousand_random_concurrent_writes_through_two_nodes_every_index_equals_the_database()
    {
        await using var nodeB = new MatchingApiFactory(App.ConnectionString);
        await nodeB.WaitUntilReadyAsync();
        var keys = await IssueKeysAsync();
        var nodes = new[] { App, nodeB };
        Assert.Equal(HttpStatusCode.Created, (await Client(App, keys.Company).PostAsJsonAsync("/v1/companies", TestData.Company())).StatusCode);
        var world = new World();
        var remaining = Writes;
        var statuses = new ConcurrentDictionary<HttpStatusCode, int>();

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            var clients = nodes.Select(n => (School: Client(n, keys.School), Company: Client(n, keys.Company))).ToArray();
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var (school, company) = clients[random.Next(clients.Length)];
                var status = await RandomWriteAsync(random, school, company, world);
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
        })));

        output.WriteLine($"{Writes} writes through two nodes: {Describe(statuses)}.");
        Assert.DoesNotContain(statuses.Keys, s => (int)s >= 500);
        Assert.True(statuses.Where(s => (int)s.Key < 300).Sum(s => s.Value) > Writes / 2, $"Too few writes succeeded: {Describe(statuses)}");
        foreach (var node in nodes)
        {
            await IndexesCaughtUpAsync(node);
            var report = await ReadJsonAsync(await Client(node, MatchingApiFactory.AdminKey).GetAsync("/v1/admin/index-consistency"));
            output.WriteLine($"Index check: {report["students"]!["inIndex"]} students and {report["offers"]!["inIndex"]} offers, consistent: {report["consistent"]}.");
            Assert.True(report["consistent"]!.GetValue<bool>(), report.ToJsonString());
            var indexes = node.Services.GetRequiredService<Matching.Api.Indexing.MatchIndexes>();
            Assert.Equal(await ScalarAsync("SELECT count(*) FROM students WHERE status = 'seeking'"), indexes.Students.Count);
            Assert.Equal(await ScalarAsync("SELECT count(*) FROM offers WHERE status = 'open'"), indexes.Offers.Count);
        }
    }

    [Fact]
    public async Task The_check_reports_a_row_changed_behind_the_change_sequence_and_a_document_missing_from_the_index()
    {
        var school = await SchoolAsync();
        var stale = await PostStudentAsync(school, TestData.Student("STU-1"));
        var missing = await PostStudentAsync(school, TestData.Student("STU-2"));
        await IndexesCaughtUpAsync();
        Assert.True((await ReadJsonAsync(await Admin.GetAsync("/v1/admin/index-consistency")))["consistent"]!.GetValue<bool>());

        // Replica mode skips triggers, so this change never enters the change sequence: the index cannot know it.
        await using (var connection = new NpgsqlConnection(App.ConnectionString))
        {
            await connection.OpenAsync();
            await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
            {
                await replica.ExecuteNonQueryAsync();
            }
            await using var command = new NpgsqlCommand("UPDATE students SET free_text = 'lasser in de scheepsbouw' WHERE id = $1", connection);
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = stale });
            await command.ExecuteNonQueryAsync();
        }
        App.Services.GetRequiredService<Matching.Api.Indexing.MatchIndexes>().Students.Delete(missing);
        var report = await ReadJsonAsync(await Admin.GetAsync("/v1/admin/index-consistency"));

        Assert.False(report["consistent"]!.GetValue<bool>());
        var students = report["students"]!;
        Assert.Equal(new[] { stale }, Ids(students["different"]));
        Assert.Equal(new[] { missing }, Ids(students["missing"]));
        Assert.Empty(Ids(students["unexpected"]));
        Assert.Equal(2, students["differences"]!.GetValue<int>());
        Assert.Equal(0, report["offers"]!["differences"]!.GetValue<int>());
        await AssertProblemAsync(await school.GetAsync("/v1/admin/index-consistency"), HttpStatusCode.Forbidden);
    }

    private static async Task<HttpStatusCode> RandomWriteAsync(Random random, HttpClient school, HttpClient company, World world)
    {
        var roll = random.Next(100);
        HttpResponseMessage response;
        if (roll < 30 || world.Students.IsEmpty)
        {
            var body = RandomStudent(random, $"STU-{Guid.NewGuid():N}");
            response = await school.PostAsJsonAsync("/v1/students", body);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                world.Students[(await ReadJsonAsync(response))["id"]!.GetValue<Guid>()] = (body, response.Headers.ETag!.Tag);
            }
        }
        else if (roll < 55)
        {
            var (id, (body, etag)) = world.Pick(world.Students, random);
            var changed = RandomStudent(random, body?["externalRef"] as string ?? $"STU-{Guid.NewGuid():N}");
            response = await SendAsync(school, HttpMethod.Put, $"/v1/students/{id}", changed, etag);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                world.Students[id] = (changed, response.Headers.ETag!.Tag);
            }
        }
        else if (roll < 62)
        {
            var (id, _) = world.Pick(world.Students, random);
            response = await school.DeleteAsync($"/v1/students/{id}");
            world.Students.TryRemove(id, out _);
        }
        else if (roll < 72 || world.Offers.IsEmpty)
        {
            response = await company.PostAsJsonAsync("/v1/offers", RandomOffer(random));
            if (response.StatusCode == HttpStatusCode.Created)
            {
                world.Offers[(await ReadJsonAsync(response))["id"]!.GetValue<Guid>()] = response.Headers.ETag!.Tag;
            }
        }
        else if (roll < 82)
        {
            var (id, etag) = world.Pick(world.Offers, random);
            response = await SendAsync(company, HttpMethod.Put, $"/v1/offers/{id}", RandomOffer(random), etag);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                world.Offers[id] = response.Headers.ETag!.Tag;
            }
        }
        else if (roll < 85)
        {
            var (id, _) = world.Pick(world.Offers, random);
            response = await company.PostAsync($"/v1/offers/{id}/close", null);
            world.Offers.TryRemove(id, out _);
        }
        else
        {
            var (studentId, _) = world.Pick(world.Students, random);
            var (offerId, _) = world.Pick(world.Offers, random);
            response = await school.PostAsJsonAsync("/v1/placements", new { studentId, offerId });
            if (response.StatusCode == HttpStatusCode.Created && random.Next(2) == 0)
            {
                // An acceptance changes the offer's free places and the student's status: both indexes follow.
                var placementId = (await ReadJsonAsync(response))["id"]!.GetValue<Guid>();
                response = await company.PostAsync($"/v1/placements/{placementId}/accept", null);
            }
        }
        return response.StatusCode;
    }

    private static Dictionary<string, object?> RandomStudent(Random random, string externalRef) => TestData.Student(externalRef)
        .With("freeText", string.Join(' ', Enumerable.Range(0, random.Next(0, 12)).Select(_ => Words[random.Next(Words.Length)])))
        .With("maxDistanceKm", random.Next(1, 80))
        .With("pc4", Pc4s[random.Next(Pc4s.Length)])
        .With("learningPath", random.Next(2) == 0 ? "BOL" : "BBL")
        .With("status", random.Next(10) == 0 ? "inactive" : "seeking");

    private static Dictionary<string, object?> RandomOffer(Random random) => TestData.Offer(places: random.Next(1, 4))
        .With("title", $"Stage {Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}")
        .With("description", string.Join(' ', Enumerable.Range(0, random.Next(3, 20)).Select(_ => Words[random.Next(Words.Length)])))
        .With("levelMax", random.Next(2, 5));

    private static readonly string[] Words =
        ["magazijn", "heftruck", "logistiek", "orderpicken", "voorraad", "haven", "container", "planning", "klanten", "rijbewijs",
         "teamwerk", "nauwkeurig", "scanner", "transport", "vrachtwagen", "zorg", "techniek", "lassen", "koken", "administratie"];

    private static readonly int[] Pc4s = [3072, 3011, 3089];

    private static HttpClient Client(MatchingApiFactory node, string key)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private async Task<(string School, string Company)> IssueKeysAsync()
    {
        async Task<string> Issue(object body) =>
            (await ReadJsonAsync(await Admin.PostAsJsonAsync("/v1/api-keys", body)))["key"]!.GetValue<string>();
        return (await Issue(new { name = "school", role = "school", brin = SchoolBrin }), await Issue(new { name = "company", role = "company", kvk = CompanyKvk }));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body, string etag)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd(etag);
        return await client.SendAsync(request);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static List<Guid> Ids(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<Guid>())];

    private static string Describe(ConcurrentDictionary<HttpStatusCode, int> statuses) =>
        string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}"));

    // What the clients know of the records they wrote, shared by all of them: they race on it on purpose.
    private sealed class World
    {
        public ConcurrentDictionary<Guid, (Dictionary<string, object?> Body, string ETag)> Students { get; } = new();

        public ConcurrentDictionary<Guid, string> Offers { get; } = new();

        public KeyValuePair<Guid, T> Pick<T>(ConcurrentDictionary<Guid, T> records, Random random)
        {
            var snapshot = records.ToArray();
            return snapshot.Length == 0 ? new(Guid.NewGuid(), default!) : snapshot[random.Next(snapshot.Length)];
        }
    }
}
