using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Matching.Api.Tests.Infrastructure;
using Matching.Tests;
using Matching.Tests.Service;
using Xunit.Abstractions;

namespace Matching.Api.Tests;

// Runs the README's "Your first requests" block, then the placement round's and the diagnosis's, exactly as README.md has
// them, with bash against the built service as a process seeded with the demo data, and checks the answers the README
// promises. The blocks run from a subfolder of a scratch git repository that holds the demo keys in .data/, with PORT
// set, as a reader runs them from inside the clone.
public sealed partial class ReadmeWalkthroughTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task The_readme_walkthrough_gets_the_answers_the_readme_shows()
    {
        var clone = Directory.CreateTempSubdirectory("matching-readme-").FullName;
        try
        {
            await using var service = await StartSeededServiceAsync(clone);
            var keys = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(KeysFile(clone)))!;

            var folder = Directory.CreateDirectory(Path.Combine(clone, "some", "folder")).FullName;
            var said = await RunFirstRequestsAsync(service, folder);

            var created = Readme.CreatedLine().Matches(said).ToList();
            Assert.Equal(["students", "offers", "placements"], created.Select(m => m.Groups["kind"].Value));
            var ids = IdsLine().Match(said);
            Assert.True(ids.Success, said);
            var (student, offer, placement) = (ids.Groups["student"].Value, ids.Groups["offer"].Value, ids.Groups["placement"].Value);
            Assert.Equal([student, offer, placement], created.Select(m => m.Groups["id"].Value));
            Assert.All(created, line => Assert.Equal(line.Groups["id"].Value, StoredIdBefore(said, line.Index)));
            Assert.Contains(said.Split('\n'), line => line.Contains("Stagiair logistiek medewerker magazijn (BOL)", StringComparison.Ordinal)
                && line.EndsWith("<- the new offer", StringComparison.Ordinal));
            using var school = new HttpClient { BaseAddress = new Uri(service.BaseUrl) };
            school.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", keys["school"]);
            var matches = await school.GetFromJsonAsync<JsonObject>($"/v1/students/{student}/matches?limit=5");
            Assert.Contains(offer, matches!["items"]!.AsArray().Select(m => m!["offer"]!["id"]!.GetValue<string>()));
            var proposal = await school.GetAsync($"/v1/placements/{placement}");
            Assert.Equal("\"1\"", proposal.Headers.ETag?.ToString());
            Assert.Equal("proposed", (await proposal.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
            var mistake = await school.PostAsJsonAsync("/v1/students", TestData.Student("STU-README-MISTAKE").With("crebo", 99999));
            Assert.Equal(HttpStatusCode.BadRequest, mistake.StatusCode);
            var problem = await mistake.Content.ReadFromJsonAsync<JsonObject>();
            Assert.StartsWith("Unknown crebo 99999: ", problem!["errors"]!["crebo"]![0]!.GetValue<string>());

            var round = await RunBlockAsync(service, "### A placement round", folder);
            var figures = RoundLine().Match(round);
            Assert.True(figures.Success, round);
            Assert.True(int.Parse(figures.Groups["placed"].Value) >= int.Parse(figures.Groups["greedy"].Value), round);
            Assert.Equal("0", figures.Groups["blocking"].Value);
            Assert.Contains("round confirmed", round, StringComparison.Ordinal);
            Assert.Matches(@"\d+ students with an offer, e\.g\. [0-9a-f-]{36}: offer [0-9a-f-]{36}, choice \d+, (already_)?proposed", round);

            var diagnosis = await RunBlockAsync(service, "### Why a student has no match", folder);
            Assert.Matches(@"(?m)^\d+ students diagnosed, \d+ without an eligible offer$", diagnosis);
            var diagnosed = DiagnosedLine().Match(diagnosis);
            Assert.True(diagnosed.Success, diagnosis);
            var steps = RuleLine().Matches(diagnosis).ToList();
            Assert.Equal(["crebo", "accreditation", "learning_path", "level", "period", "free_place", "distance"], steps.Select(m => m.Groups["rule"].Value));
            var eligible = int.Parse(EligibleLine().Match(diagnosis).Groups["eligible"].Value);
            Assert.Equal(int.Parse(diagnosed.Groups["open"].Value) - steps.Sum(m => int.Parse(m.Groups["out"].Value)), eligible);
            Assert.Equal(eligible, int.Parse(steps[^1].Groups["left"].Value));
            // The diagnosis's eligible offers are the student's matches.
            var diagnosedMatches = await school.GetFromJsonAsync<JsonObject>($"/v1/students/{diagnosed.Groups["student"].Value}/matches?limit=1");
            Assert.Equal(eligible, diagnosedMatches!["total"]!.GetValue<int>());
            var recruit = await RunBlockAsync(service, "### Places to recruit", folder);
            AssertPlacesToRecruit(recruit, await File.ReadAllLinesAsync(Path.Combine(folder, "recruit.csv")));
            var alerts = await RunBlockAsync(service, "### Alerts for new offers", folder);
            Assert.Matches(@"^offer-alerts, signature valid: \d+ alerts for school [0-9]{2}[A-Z]{2}$", alerts.Split('\n')[0]);
            Assert.Contains(alerts.Split('\n'), line => line.StartsWith("  #", StringComparison.Ordinal)
                && line.Contains("Stagiair crossdocking en douane-expeditie (BOL)", StringComparison.Ordinal) && line.EndsWith("<- the new student and offer", StringComparison.Ordinal));
            Assert.Matches(@"notification [0-9a-f-]{36} by webhook: delivered after 1 attempt\(s\), \d+ alerts", alerts);
        }
        finally
        {
            Directory.Delete(clone, recursive: true);
        }
    }

    // run.sh's setting: the demo data in an empty database, the keys in the clone's .data/ (here a scratch git repository).
    private async Task<ServiceProcess> StartSeededServiceAsync(string clone)
    {
        await RunCheckedAsync("git", ["init", "-q", clone], clone);
        // As run.sh: jobs on, and webhooks to loopback allowed (the alerts walkthrough runs its own receiver).
        return await SeededDemoService.StartAsync(postgres, KeysFile(clone), output,
            new Dictionary<string, string> { ["Jobs:Enabled"] = "true", ["Delivery:AllowInsecureLoopback"] = "true" });
    }

    // The first requests as README.md has them, then the ids they made.
    private Task<string> RunFirstRequestsAsync(ServiceProcess service, string folder) =>
        RunBlockAsync(service, "### Your first requests", folder, then: "echo \"ids: $STUDENT $OFFER $PLACEMENT\"");

    // A block as README.md has it, with bash from a folder inside the clone; stderr joins stdout to keep the order.
    private async Task<string> RunBlockAsync(ServiceProcess service, string heading, string folder, string then = "")
    {
        var started = Stopwatch.StartNew();
        var (exitCode, said) = await ProcessRunner.RunAsync("bash", ["-c", $"""
            set -euo pipefail
            exec 2>&1
            export PORT={new Uri(service.BaseUrl).Port}
            export TMPDIR={folder}
            {Readme.ShellBlockUnder(heading)}
            {then}
            """], folder, TimeSpan.FromMinutes(2), CancellationToken.None);
        output.WriteLine($"The block under {heading} ran in {started.Elapsed.TotalSeconds:0.0} s and printed:\n{said}");
        Assert.True(exitCode == 0, $"The README block under {heading} failed with {exitCode}:\n{said}\nThe service said:\n{service.Output}");
        return said;
    }

    // The block's page: the cell, how many companies in all, the first five ranked by students within reach; the CSV has
    // every company, the same first five first.
    private static void AssertPlacesToRecruit(string said, string[] csv)
    {
        var cell = RecruitCellLine().Match(said);
        var counts = RecruitCountsLine().Match(said);
        var companies = RecruitCompanyLine().Matches(said).ToList();
        Assert.True(cell.Success && counts.Success, said);
        Assert.True(int.Parse(cell.Groups["short"].Value) > 0, said);
        var total = int.Parse(counts.Groups["total"].Value);
        Assert.Equal(Math.Min(total, 5), companies.Count);
        Assert.Equal(Enumerable.Range(1, companies.Count), companies.Select(c => int.Parse(c.Groups["rank"].Value)));
        var reach = companies.Select(c => int.Parse(c.Groups["reach"].Value)).ToList();
        Assert.Equal(reach.OrderDescending(), reach);
        Assert.Equal(total + 1, csv.Length);
        Assert.Equal(
            companies.Select(c => $"{cell.Groups["week"].Value},{cell.Groups["cell"].Value},{c.Groups["rank"].Value},{c.Groups["kvk"].Value},"),
            csv.Skip(1).Take(companies.Count).Select(row => string.Join(',', row.Split(',').Take(4)) + ","));
    }

    private static string KeysFile(string clone) => Path.Combine(clone, ".data", "demo-keys.json");

    // The README's post() shows the stored resource on one line, then its status line.
    private static string? StoredIdBefore(string said, int statusLineIndex)
    {
        var lines = said[..statusLineIndex].TrimEnd('\n').Split('\n');
        return JsonNode.Parse(lines[^1])?["id"]?.GetValue<string>();
    }

    private static async Task RunCheckedAsync(string command, string[] arguments, string workingDirectory)
    {
        var (exitCode, said) = await ProcessRunner.RunAsync(command, arguments, workingDirectory, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.True(exitCode == 0, $"{command} {string.Join(' ', arguments)} failed with {exitCode}:\n{said}");
    }

    [GeneratedRegex(@"^placed (?<placed>\d+) \(the greedy baseline (?<greedy>\d+)\), \d+ at their first choice, (?<blocking>\d+) blocking pairs$", RegexOptions.Multiline)]
    private static partial Regex RoundLine();

    [GeneratedRegex(@"^(?<cell>[a-z0-9-]+_[a-z0-9-]+_\d{4}-\d{2}) in (?<week>\d{4}-W\d{2}): \d+ seeking students, \d+ free places, (?<short>\d+) short$", RegexOptions.Multiline)]
    private static partial Regex RecruitCellLine();

    [GeneratedRegex(@"^(?<total>\d+) companies to recruit for the \d+ seeking students of its short crebos; the first \d+:$", RegexOptions.Multiline)]
    private static partial Regex RecruitCountsLine();

    [GeneratedRegex(@"^(?<rank>\d+)\. .+ \(KvK (?<kvk>\d{8}), .+\): (?<reach>\d+) within reach, \d+ placed; accredited for .+$", RegexOptions.Multiline)]
    private static partial Regex RecruitCompanyLine();

    [GeneratedRegex("^ids: (?<student>[0-9a-f-]{36}) (?<offer>[0-9a-f-]{36}) (?<placement>[0-9a-f-]{36})$", RegexOptions.Multiline)]
    private static partial Regex IdsLine();

    [GeneratedRegex(@"^student (?<student>[0-9a-f-]{36}), crebo \d+ \(.*\): (?<open>\d+) open offers$", RegexOptions.Multiline)]
    private static partial Regex DiagnosedLine();

    [GeneratedRegex(@"^  (?<rule>[a-z_]+) +rules out +(?<out>\d+), leaves +(?<left>\d+): ", RegexOptions.Multiline)]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^eligible: (?<eligible>\d+)$", RegexOptions.Multiline)]
    private static partial Regex EligibleLine();
}
