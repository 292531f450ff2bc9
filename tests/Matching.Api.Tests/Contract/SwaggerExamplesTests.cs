using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matching.Api.Tests.Contract.Fuzz;
using Matching.Api.Tests.Infrastructure;
using Matching.Tests;
using Matching.Tests.Service;
using Xunit.Abstractions;

namespace Matching.Api.Tests.Contract;

// Swagger UI's "Try it out" sends a request body's example as it stands: on the demo data (run.sh) every creating or
// querying POST with an example must succeed on the first click, with the demo key of the role that may call it.
public sealed class SwaggerExamplesTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>
{
    // Which demo key clicks "Try it out" for each operation; the document has no role per operation.
    private static readonly Dictionary<string, string> Callers = new()
    {
        ["CreateStudent"] = "school",
        ["CreateCompany"] = "admin",
        ["CreateAccreditation"] = "admin",
        ["CreateOffer"] = "company",
        ["ProposePlacement"] = "school",
        ["MatchStudents"] = "school",
        ["DiagnoseStudents"] = "school",
        ["SearchOffers"] = "school",
        ["CreateSubscription"] = "coordinator",
        ["CreateAlertSubscription"] = "school",
        ["IssueApiKey"] = "admin",
    };

    [Fact]
    public async Task Every_post_example_in_the_document_succeeds_on_the_demo_data_at_the_first_click()
    {
        var folder = Directory.CreateTempSubdirectory("matching-examples-").FullName;
        try
        {
            var keysFile = Path.Combine(folder, "demo-keys.json");
            await using var service = await SeededDemoService.StartAsync(postgres, keysFile, output);
            var keys = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(keysFile))!;
            using var http = new HttpClient { BaseAddress = new Uri(service.BaseUrl) };
            var document = new ApiDocument(JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!.AsObject());
            var withExamples = document.Operations()
                .Where(o => o.Method == "POST" && o.BodySchema is not null && document.Resolve(o.BodySchema)["examples"] is JsonArray { Count: > 0 })
                .OrderBy(o => o.Path.Count(c => c == '{')) // a company before its accreditations
                .ToList();
            Assert.Equal(Callers.Keys.Order(), withExamples.Select(o => o.Id).Order());

            var createdCompany = "";
            var answers = new Dictionary<string, JsonNode?>();
            foreach (var operation in withExamples)
            {
                var path = operation.Path.Replace("{id}", createdCompany);
                var example = document.Resolve(operation.BodySchema!)["examples"]![0]!.ToJsonString();
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(example, Encoding.UTF8, "application/json") };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", keys[Callers[operation.Id]]);

                using var response = await http.SendAsync(request);

                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode, $"{operation.Id} with its example answered {(int)response.StatusCode}: {body}");
                answers[operation.Id] = JsonNode.Parse(body);
                if (operation.Id == "CreateCompany")
                {
                    createdCompany = answers[operation.Id]!["id"]!.GetValue<string>();
                }
            }

            var matched = answers["MatchStudents"]!.AsArray().Single()!;
            Assert.Equal("ok", matched["status"]!.GetValue<string>());
            var diagnosed = answers["DiagnoseStudents"]!.AsArray().Single()!;
            Assert.Equal("ok", diagnosed["status"]!.GetValue<string>());
            Assert.Equal(matched["total"]!.GetValue<int>(), diagnosed["diagnosis"]!["eligible"]!.GetValue<int>());
            var placement = answers["ProposePlacement"]!;
            Assert.Contains(placement["offerId"]!.GetValue<string>(), matched["items"]!.AsArray().Select(m => m!["offer"]!["id"]!.GetValue<string>()));
            Assert.Equal("proposed", placement["status"]!.GetValue<string>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
