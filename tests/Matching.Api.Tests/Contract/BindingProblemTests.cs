using System.Net;
using System.Text;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests.Contract;

/// <summary>A request that cannot be bound gets a 400 that names the field and its JSON type, never a .NET type.</summary>
public sealed class BindingProblemTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Theory]
    [InlineData("GET", "/v1/offers?companyId=acme", null, "companyId", "must be a UUID")]
    [InlineData("GET", "/v1/students/0193a1b2-0000-7000-8000-000000000001/matches?limit=many", null, "limit", "must be an integer")]
    [InlineData("GET", "/v1/offers?startFrom=tomorrow", null, "startFrom", "must be a date")]
    [InlineData("GET", "/v1/qualifications?current=maybe", null, "current", "must be true or false")]
    [InlineData("POST", "/v1/placements", "{\"studentId\": \"nope\", \"offerId\": \"0193a1b2-0000-7000-8000-000000000002\"}", "studentId", "must be a UUID")]
    [InlineData("POST", "/v1/matches/batch", "{\"studentIds\": \"0193a1b2-0000-7000-8000-000000000001\"}", "studentIds", "must be an array")]
    [InlineData("POST", "/v1/matches/diagnosis/batch", "{\"studentIds\": \"0193a1b2-0000-7000-8000-000000000001\"}", "studentIds", "must be an array")]
    [InlineData("POST", "/v1/students", "{\"externalRef\": \"S-1\", \"crebo\": \"25774\"}", "crebo", "must be an integer")]
    [InlineData("POST", "/v1/students", "{\"externalRef\": \"S-1\", \"availableFrom\": \"1 februari\"}", "availableFrom", "must be a date")]
    [InlineData("POST", "/v1/students", "{\"externalRef\": \"S-1\"}", "crebo", "is required")]
    [InlineData("POST", "/v1/students", "{\"externalRef\": \"S-1\", \"externalRef\": \"S-2\"}", "externalRef", "more than once")]
    [InlineData("POST", "/v1/students", "[]", "", "must be a JSON object")]
    public async Task A_value_of_the_wrong_type_is_a_400_that_names_the_field_and_its_json_type(
        string method, string path, string? body, string field, string message)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };

        var response = await Admin.SendAsync(request);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var messages = problem["errors"]![field]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains(messages, m => m.Contains(message, StringComparison.Ordinal));
        Assert.DoesNotMatch("System\\.|Nullable|Matching\\.|Int32|Guid|DateOnly", problem.ToJsonString());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_that_says_where()
    {
        var response = await Admin.PostAsync("/v1/students", new StringContent("{\"externalRef\": ", Encoding.UTF8, "application/json"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("The request body is not valid JSON (line 1", problem["detail"]!.GetValue<string>());
    }
}
