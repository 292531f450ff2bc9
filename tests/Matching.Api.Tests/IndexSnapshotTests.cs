using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Api.Indexing;
using Matching.Tests;
using Matching.Tests.Service;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matching.Api.Tests;

/// <summary>
/// A node with Indexing:SnapshotDirectory leaves a snapshot of its indexes when it stops, and its next start restores
/// it and catches up with the changes since instead of rebuilding, answering as a rebuilt node does. A snapshot it
/// cannot trust (none, truncated, damaged, of another format version, older than the changes the database keeps, from
/// another database, or so far behind that a rebuild is faster) makes it rebuild from the database.
/// </summary>
public sealed class IndexSnapshotTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private const string Restored = "from the snapshot at change";
    private const string Rebuilt = "rebuilt from the database";
    private const string NotUsed = "is not used, the match indexes are rebuilt from the database";

    private readonly string _snapshots = Directory.CreateTempSubdirectory("matching-snapshot-tests-").FullName;
    private readonly CapturedLogs _firstLogs = new();

    private string SnapshotFile => Path.Combine(_snapshots, IndexSnapshots.FileName);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Indexing:SnapshotDirectory"] = _snapshots };

    protected override CapturedLogs Logs => _firstLogs;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_snapshots, recursive: true);
    }

    [Fact]
    public async Task A_node_without_a_snapshot_rebuilds_and_its_next_start_from_the_snapshot_it_left_answers_the_same()
    {
        var world = await SeedAsync();
        var answers = await AnswersAsync(Admin, world);
        await App.DisposeAsync();

        await using var restarted = await StartNodeAsync();

        Assert.Contains(_firstLogs.Lines, line => line.Contains("No index snapshot at"));
        Assert.Contains(_firstLogs.Lines, line => line.Contains(Rebuilt));
        Assert.Contains(restarted.Logs.Lines, line => line.Contains(Restored));
        Assert.Equal(answers, await AnswersAsync(restarted.Admin, world));
        await AssertConsistentAsync(restarted);
    }

    [Fact]
    public async Task Rows_changed_and_deleted_while_the_node_was_down_show_once_it_starts_from_its_snapshot()
    {
        var world = await SeedAsync();
        await App.DisposeAsync();
        // Meanwhile another node, without a snapshot, takes the writes.
        await using var other = await StartNodeAsync(snapshots: false);
        var school = Client(other, world.SchoolKey);
        var company = Client(other, world.CompanyKey);
        var erased = world.Students[0];
        Assert.Equal(HttpStatusCode.NoContent, (await school.DeleteAsync($"/v1/students/{erased}")).StatusCode);
        var closed = world.Offers[0];
        Assert.Equal(HttpStatusCode.OK, (await company.PostAsync($"/v1/offers/{closed}/close", null)).StatusCode);
        var changed = world.Students[1];
        await UpdateStudentAsync(school, changed, "STU-1", "containerterminal kraanmachinist nachtdienst");
        var added = await PostOfferAsync(company, TestData.Offer().With("title", "Stage kraanmachinist containerterminal"));
        var now = world with { Offers = [.. world.Offers, added] };
        await IndexesCaughtUpAsync(other.App);
        var rebuiltAnswers = await AnswersAsync(other.Admin, now);

        await using var restarted = await StartNodeAsync();

        Assert.Contains(restarted.Logs.Lines, line => line.Contains(Restored));
        Assert.Equal(HttpStatusCode.NotFound, (await restarted.Admin.GetAsync($"/v1/students/{erased}/matches")).StatusCode);
        var matches = await ReadJsonAsync(await restarted.Admin.GetAsync($"/v1/students/{changed}/matches?limit=100"));
        var offers = matches["items"]!.AsArray().Select(item => item!["offer"]!["id"]!.GetValue<Guid>()).ToList();
        Assert.Contains(added, offers);
        Assert.DoesNotContain(closed, offers);
        var crane = await ReadJsonAsync(await Client(restarted, world.CompanyKey).GetAsync($"/v1/offers/{added}/candidates?limit=100"));
        Assert.Equal("containerterminal kraanmachinist nachtdienst", crane["items"]![0]!["freeText"]!.GetValue<string>());
        Assert.Equal(rebuiltAnswers, await AnswersAsync(restarted.Admin, now));
        await AssertConsistentAsync(restarted);
    }

    [Fact]
    public Task A_truncated_snapshot_is_not_used() =>
        AssertRebuiltAfterAsync(() => ChangeSnapshotAsync(bytes => bytes[..(bytes.Length / 2)]), "ends early");

    // Past the header, in the indexes: a bit that breaks no structure is found by the checksum.
    [Fact]
    public Task A_snapshot_with_a_flipped_byte_is_not_used() =>
        AssertRebuiltAfterAsync(() => ChangeSnapshotAsync(bytes =>
        {
            bytes[bytes.Length * 2 / 3] ^= 0x04;
            return bytes;
        }), "corrupt");

    // The version follows the 8-byte magic.
    [Fact]
    public Task A_snapshot_of_another_format_version_is_not_used() =>
        AssertRebuiltAfterAsync(() => ChangeSnapshotAsync(bytes =>
        {
            BitConverter.GetBytes(IndexSnapshotFile.FormatVersion - 1).CopyTo(bytes, 8);
            return bytes;
        }), $"format version {IndexSnapshotFile.FormatVersion - 1}");

    // As a clean-up of old changes would: the snapshot's own change (the last, as nothing was written since) is gone, so
    // the node cannot tell what it missed.
    [Fact]
    public Task A_snapshot_older_than_the_changes_the_database_keeps_is_not_used() =>
        AssertRebuiltAfterAsync(() => ExecuteAsync(App.ConnectionString, "DELETE FROM changes WHERE seq <= (SELECT max(seq) FROM changes)"),
            "does not hold the change the snapshot was taken at");

    [Fact]
    public async Task A_snapshot_further_behind_than_a_rebuild_is_worth_is_not_used()
    {
        var world = await SeedAsync();
        await App.DisposeAsync();
        await using (var other = await StartNodeAsync(snapshots: false))
        {
            await UpdateStudentAsync(Client(other, world.SchoolKey), world.Students[1], "STU-1", "containerterminal kraanmachinist nachtdienst");
            await PostOfferAsync(Client(other, world.CompanyKey), TestData.Offer().With("title", "Stage kraanmachinist containerterminal"));
        }

        await using var restarted = await StartNodeAsync(maxChangesBehind: 2);

        AssertRebuilt(restarted, "changes behind the database, where a rebuild is faster from 2 on");
        await AssertConsistentAsync(restarted);
    }

    [Fact]
    public async Task A_snapshot_from_another_database_is_not_used()
    {
        await SeedAsync();
        await App.DisposeAsync();
        var otherDatabase = await Postgres.CreateMigratedDatabaseAsync();
        try
        {
            await using var elsewhere = await StartNodeAsync(database: otherDatabase);

            AssertRebuilt(elsewhere, "does not hold the change the snapshot was taken at");
            Assert.Equal(0, elsewhere.App.Services.GetRequiredService<MatchIndexes>().Students.Count);
        }
        finally
        {
            await Postgres.DropDatabaseAsync(otherDatabase);
        }
    }

    // Stops the first node once it has seen the seeded world, lets damage act on its snapshot or the database, and starts
    // a node that must rebuild for the reason and answer as the first did.
    private async Task AssertRebuiltAfterAsync(Func<Task> damage, string reason)
    {
        var world = await SeedAsync();
        var answers = await AnswersAsync(Admin, world);
        await App.DisposeAsync();
        await damage();

        await using var restarted = await StartNodeAsync();

        AssertRebuilt(restarted, reason);
        Assert.Equal(answers, await AnswersAsync(restarted.Admin, world));
    }

    private async Task ChangeSnapshotAsync(Func<byte[], byte[]> change) =>
        await File.WriteAllBytesAsync(SnapshotFile, change(await File.ReadAllBytesAsync(SnapshotFile)));

    private static void AssertRebuilt(Node node, string reason)
    {
        Assert.True(node.Logs.Lines.Any(line => line.Contains(NotUsed) && line.Contains(reason)),
            string.Join("\n", node.Logs.Lines.Where(line => line.Contains("snapshot"))));
        Assert.Contains(node.Logs.Lines, line => line.Contains(Rebuilt));
        Assert.DoesNotContain(node.Logs.Lines, line => line.Contains(Restored));
    }

    /// <summary>A school, an accredited company, offers and students that differ in text, place and reach.</summary>
    private async Task<World> SeedAsync()
    {
        var schoolKey = await IssueKeyAsync(new { name = "school", role = "school", brin = SchoolBrin });
        var companyKey = await IssueKeyAsync(new { name = "company", role = "company", kvk = CompanyKvk });
        var school = ClientWithKey(schoolKey);
        var company = ClientWithKey(companyKey);
        await RegisterAccreditedCompanyAsync(company);
        var offers = new List<Guid>();
        for (var i = 0; i < OfferTexts.Length; i++)
        {
            offers.Add(await PostOfferAsync(company, TestData.Offer(places: 1 + (i % 3))
                .With("title", $"Stage {OfferTexts[i]}").With("description", $"Bij ons: {OfferTexts[i]} en {OfferTexts[(i + 1) % OfferTexts.Length]}.")
                .With("pc4", Pc4s[i % Pc4s.Length])));
        }
        var students = new List<Guid>();
        for (var i = 0; i < StudentTexts.Length; i++)
        {
            students.Add(await PostStudentAsync(school, TestData.Student($"STU-{i}")
                .With("freeText", StudentTexts[i]).With("pc4", Pc4s[i % Pc4s.Length]).With("maxDistanceKm", 10 + (7 * i))));
        }
        await IndexesCaughtUpAsync();
        return new World(schoolKey, companyKey, [.. offers], [.. students]);
    }

    /// <summary>
    /// What users see: each student's matches, each offer's candidates and a few searches, every hit with its score. Hits
    /// of equal score are listed by id: a node ranks those by the order it indexed them, which a snapshot keeps but
    /// another node need not share.
    /// </summary>
    private static async Task<List<string>> AnswersAsync(HttpClient admin, World world)
    {
        var answers = new List<string>();
        foreach (var student in world.Students)
        {
            answers.Add(await CanonicalAsync($"matches of {student}", admin.GetAsync($"/v1/students/{student}/matches?limit=100")));
        }
        foreach (var offer in world.Offers)
        {
            answers.Add(await CanonicalAsync($"candidates of {offer}", admin.GetAsync($"/v1/offers/{offer}/candidates?limit=100")));
        }
        foreach (var text in new[] { "heftruck magazijn", "kraanmachinist", "planning voorraad" })
        {
            answers.Add(await CanonicalAsync($"search {text}", admin.PostAsJsonAsync("/v1/search/offers", new { text, limit = 100 })));
        }
        return answers;
    }

    private static async Task<string> CanonicalAsync(string query, Task<HttpResponseMessage> request)
    {
        var response = await request;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"{query}: {(int)response.StatusCode}";
        }
        var page = await ReadJsonAsync(response);
        var items = page["items"]!.AsArray().Select(item => item!.ToJsonString())
            .OrderByDescending(item => JsonNode.Parse(item)!["score"]!.GetValue<double>()).ThenBy(item => item, StringComparer.Ordinal);
        return $"{query}: {page["total"]} hits: {string.Join(", ", items)}";
    }

    private async Task<Node> StartNodeAsync(bool snapshots = true, string? database = null, int? maxChangesBehind = null)
    {
        var logs = new CapturedLogs();
        var settings = new Dictionary<string, string?>(Settings);
        if (maxChangesBehind is { } max)
        {
            settings["Indexing:SnapshotMaxChangesBehind"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var app = new MatchingApiFactory(database ?? App.ConnectionString, snapshots ? settings : null, logs);
        await app.WaitUntilReadyAsync();
        return new Node(app, logs, Client(app, MatchingApiFactory.AdminKey));
    }

    private static HttpClient Client(Node node, string key) => Client(node.App, key);

    private static HttpClient Client(MatchingApiFactory app, string key)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private async Task<string> IssueKeyAsync(object body) =>
        (await ReadJsonAsync(await Admin.PostAsJsonAsync("/v1/api-keys", body)))["key"]!.GetValue<string>();

    private static async Task UpdateStudentAsync(HttpClient school, Guid id, string externalRef, string freeText)
    {
        var current = await school.GetAsync($"/v1/students/{id}");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/v1/students/{id}")
        {
            Content = JsonContent.Create(TestData.Student(externalRef).With("freeText", freeText)),
        };
        request.Headers.IfMatch.Add(current.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await school.SendAsync(request)).StatusCode);
    }

    private static async Task AssertConsistentAsync(Node node)
    {
        var report = await ReadJsonAsync(await node.Admin.GetAsync("/v1/admin/index-consistency"));
        Assert.True(report["consistent"]!.GetValue<bool>(), report.ToJsonString());
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static readonly string[] OfferTexts =
        ["orderpicken heftruck", "voorraadbeheer magazijn", "planning transport", "expeditie containers", "retourstroom scanner", "kraanmachinist haven"];

    private static readonly string[] StudentTexts =
    [
        "ik wil graag in een magazijn werken, heb mijn heftruckcertificaat",
        "planning en transport trekken mij, nauwkeurig werken",
        "containers en de haven, liefst met een kraan",
        "voorraad tellen en orderpicken",
        "expeditie, klanten en vrachtwagens",
        "",
        "magazijn magazijn heftruck",
        "scanner en retourstroom",
    ];

    private static readonly int[] Pc4s = [3072, 3011, 3089];

    private sealed record World(string SchoolKey, string CompanyKey, Guid[] Offers, Guid[] Students);

    private sealed record Node(MatchingApiFactory App, CapturedLogs Logs, HttpClient Admin) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
