using System.Net;
using System.Net.Http.Json;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

/// <summary>
/// The service's logs at their most verbose (Trace, every category) while it is used with real keys, students'
/// free text and external references, on good and bad paths: none of those may appear in any log line.
/// </summary>
public sealed class LogScrubbingTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private const string ExternalRef = "EXTREF-ZQ7731";
    private const string BulkExternalRef = "EXTREF-BULK-ZQ7732";
    private const string FreeText = "ik droom van een stage bij de kraanmachinist zwijndrecht qoppelvaart";
    private const string RareWord = "qoppelvaart";
    private readonly CapturedLogs _logs = new();

    protected override CapturedLogs Logs => _logs;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:Npgsql"] = "Trace",
        ["Logging:LogLevel:Hangfire"] = "Trace",
    };

    [Fact]
    public async Task No_api_key_student_text_or_external_reference_appears_in_any_log_line()
    {
        var keys = new List<string> { MatchingApiFactory.AdminKey };
        var school = await IssueAsync("school", keys, brin: SchoolBrin);
        var company = await IssueAsync("company", keys, kvk: CompanyKvk);
        await company.PostAsJsonAsync("/v1/companies", TestData.Company());
        var companyId = (await ReadJsonAsync(await company.GetAsync("/v1/companies")))["items"]![0]!["id"]!.GetValue<Guid>();
        await company.PostAsJsonAsync($"/v1/companies/{companyId}/accreditations", TestData.Accreditation());
        var offer = await ReadJsonAsync(await company.PostAsJsonAsync("/v1/offers", TestData.Offer()));

        var created = await school.PostAsJsonAsync("/v1/students", TestData.Student(ExternalRef).With("freeText", FreeText));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var studentId = (await ReadJsonAsync(created))["id"]!.GetValue<Guid>();
        // The bad paths: a duplicate (a unique violation in PostgreSQL), invalid text, malformed JSON, a wrong key.
        await AssertProblemAsync(await school.PostAsJsonAsync("/v1/students", TestData.Student(ExternalRef).With("freeText", FreeText)), HttpStatusCode.Conflict);
        await school.PostAsJsonAsync("/v1/students", TestData.Student(ExternalRef + "!").With("freeText", FreeText + new string('x', 3000)));
        await school.PostAsync("/v1/students", new StringContent($"{{\"externalRef\":\"{ExternalRef}\",\"freeText\":\"{FreeText}", System.Text.Encoding.UTF8, "application/json"));
        await school.PostAsync("/v1/students", new StringContent($"{{\"externalRef\":{{\"{ExternalRef}\":1}},\"freeText\":[\"{FreeText}\"]}}", System.Text.Encoding.UTF8, "application/json"));
        await ClientWithKey(keys[1] + "tampered").GetAsync($"/v1/students?externalRef={ExternalRef}");
        await school.GetAsync($"/v1/students?externalRef={ExternalRef}");
        await school.PostAsJsonAsync("/v1/students/bulk", new { students = new[] { TestData.Student(BulkExternalRef).With("freeText", FreeText), TestData.Student(BulkExternalRef) } });
        await IndexesCaughtUpAsync();
        await school.GetAsync($"/v1/students/{studentId}/matches?explain=true");
        await school.PostAsJsonAsync("/v1/matches/batch", new { studentIds = new[] { studentId } });
        await company.GetAsync($"/v1/offers/{offer["id"]}/candidates");
        await company.PostAsJsonAsync("/v1/search/offers", new { text = FreeText });
        await school.PostAsJsonAsync("/v1/placements", new { studentId, offerId = offer["id"]!.GetValue<Guid>() });
        var update = new HttpRequestMessage(HttpMethod.Put, $"/v1/students/{studentId}") { Content = JsonContent.Create(TestData.Student(ExternalRef).With("freeText", FreeText + " nu")) };
        update.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        await school.SendAsync(update);
        var idempotent = new HttpRequestMessage(HttpMethod.Post, "/v1/students") { Content = JsonContent.Create(TestData.Student(ExternalRef + "-2").With("freeText", FreeText)) };
        idempotent.Headers.TryAddWithoutValidation("Idempotency-Key", ExternalRef);
        await school.SendAsync(idempotent);

        var leaks = _logs.Lines.Where(line =>
            keys.Any(key => line.Contains(key, StringComparison.Ordinal) || line.Contains(key[^20..], StringComparison.Ordinal))
            || line.Contains(RareWord, StringComparison.OrdinalIgnoreCase)
            || line.Contains("EXTREF-", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(_logs.Lines.Count > 100, $"Only {_logs.Lines.Count} log lines were captured: the capture is not working.");
        Assert.Contains(_logs.Lines, line => line.Contains("/v1/students", StringComparison.Ordinal));
        Assert.Empty(leaks);
    }

    private async Task<HttpClient> IssueAsync(string role, List<string> keys, string? brin = null, string? kvk = null)
    {
        var issued = await ReadJsonAsync(await Admin.PostAsJsonAsync("/v1/api-keys", new { name = $"log test {role}", role, brin, kvk }));
        var key = issued["key"]!.GetValue<string>();
        keys.Add(key);
        return ClientWithKey(key);
    }
}
