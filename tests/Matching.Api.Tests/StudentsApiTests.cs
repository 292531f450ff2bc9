using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Matching.Tests.Service;
using Matching.Tests;

namespace Matching.Api.Tests;

public sealed class StudentsApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    [Fact]
    public async Task A_school_creates_reads_updates_lists_and_deletes_its_student()
    {
        var school = await SchoolAsync();

        var created = await school.PostAsJsonAsync("/v1/students", TestData.Student());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var student = await ReadJsonAsync(created);
        var id = student["id"]!.GetValue<Guid>();
        Assert.Equal(SchoolBrin, student["schoolBrin"]!.GetValue<string>());
        Assert.Equal("seeking", student["status"]!.GetValue<string>());
        Assert.Equal($"/v1/students/{id}", created.Headers.Location!.OriginalString);

        var read = await school.GetAsync($"/v1/students/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);

        var update = new HttpRequestMessage(HttpMethod.Put, $"/v1/students/{id}") { Content = JsonContent.Create(TestData.Student().With("maxDistanceKm", 40)) };
        update.Headers.IfMatch.ParseAdd("\"1\"");
        var updated = await school.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(40, (await ReadJsonAsync(updated))["maxDistanceKm"]!.GetValue<int>());
        Assert.Equal("\"2\"", updated.Headers.ETag!.Tag);

        var list = await ReadJsonAsync(await school.GetAsync("/v1/students?status=seeking&crebo=25774"));
        Assert.Equal(1, list["total"]!.GetValue<long>());
        Assert.Equal(id, list["items"]![0]!["id"]!.GetValue<Guid>());

        var deleted = await school.DeleteAsync($"/v1/students/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await AssertProblemAsync(await school.GetAsync($"/v1/students/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Pages_do_not_overlap_and_report_the_total()
    {
        var school = await SchoolAsync();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await school.PostAsJsonAsync("/v1/students", TestData.Student($"STU-{i}"))).StatusCode);
        }

        var first = await ReadJsonAsync(await school.GetAsync("/v1/students?limit=2&offset=0"));
        var second = await ReadJsonAsync(await school.GetAsync("/v1/students?limit=2&offset=2"));
        var third = await ReadJsonAsync(await school.GetAsync("/v1/students?limit=2&offset=4"));
        var beyond = await ReadJsonAsync(await school.GetAsync("/v1/students?limit=2&offset=10"));

        var refs = new[] { first, second, third }.SelectMany(p => p["items"]!.AsArray()).Select(s => s!["externalRef"]!.GetValue<string>()).ToList();
        Assert.Equal(["STU-0", "STU-1", "STU-2", "STU-3", "STU-4"], refs);
        Assert.All(new[] { first, second, third, beyond }, p => Assert.Equal(5, p["total"]!.GetValue<long>()));
        Assert.Empty(beyond["items"]!.AsArray());
    }

    [Theory]
    [InlineData("crebo", 99999, "crebo")]
    [InlineData("crebo", 12, "crebo")]
    [InlineData("pc4", 1001, "pc4")]
    [InlineData("pc4", 99, "pc4")]
    [InlineData("level", 5, "level")]
    [InlineData("level", 0, "level")]
    [InlineData("level", 3, "level")]
    [InlineData("learningPath", "VAVO", "learningPath")]
    [InlineData("availableUntil", "2027-01-01", "availableUntil")]
    [InlineData("maxDistanceKm", 0, "maxDistanceKm")]
    [InlineData("languages", new[] { "nederlands" }, "languages")]
    [InlineData("preferredSectors", new[] { "haven" }, "preferredSectors")]
    [InlineData("externalRef", "", "externalRef")]
    public async Task An_invalid_student_is_rejected_with_the_field_named_and_nothing_stored(string field, object value, string errorField)
    {
        var school = await SchoolAsync();

        var response = await school.PostAsJsonAsync("/v1/students", TestData.Student().With(field, value));

        await AssertValidationProblemAsync(response, errorField);
        Assert.Equal(0, await CountAsync("students"));
    }

    [Fact]
    public async Task Texts_over_their_limit_are_rejected()
    {
        var school = await SchoolAsync();

        var response = await school.PostAsJsonAsync("/v1/students", TestData.Student().With("freeText", new string('a', 2001)).With("externalRef", new string('x', 65)));

        await AssertValidationProblemAsync(response, "freeText", "externalRef");
        Assert.Equal(0, await CountAsync("students"));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var school = await SchoolAsync();

        var response = await school.PostAsync("/v1/students", new StringContent("{\"externalRef\": \"x\", \"crebo\": ", Encoding.UTF8, "application/json"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem["detail"]!.GetValue<string>());
        Assert.Equal(0, await CountAsync("students"));
    }

    [Fact]
    public async Task A_body_with_a_duplicate_field_or_a_number_as_string_is_a_400_problem()
    {
        var school = await SchoolAsync();
        var json = System.Text.Json.JsonSerializer.Serialize(TestData.Student());

        var duplicate = await school.PostAsync("/v1/students", new StringContent(json.Replace("\"level\":2", "\"level\":2,\"level\":3"), Encoding.UTF8, "application/json"));
        var stringNumber = await school.PostAsync("/v1/students", new StringContent(json.Replace("\"level\":2", "\"level\":\"2\""), Encoding.UTF8, "application/json"));

        await AssertProblemAsync(duplicate, HttpStatusCode.BadRequest);
        await AssertProblemAsync(stringNumber, HttpStatusCode.BadRequest);
        Assert.Equal(0, await CountAsync("students"));
    }

    [Fact]
    public async Task A_wrong_content_type_is_a_415_problem()
    {
        var school = await SchoolAsync();

        var response = await school.PostAsync("/v1/students", new StringContent("externalRef=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await CountAsync("students"));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        var school = await SchoolAsync();
        var body = TestData.Student().With("freeText", new string('a', 1_100_000));

        var response = await school.PostAsJsonAsync("/v1/students", body);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await CountAsync("students"));
    }

    [Theory]
    [InlineData("limit=201")]
    [InlineData("limit=0")]
    [InlineData("offset=-1")]
    public async Task A_page_size_or_offset_out_of_range_is_rejected(string query)
    {
        var school = await SchoolAsync();

        var response = await school.GetAsync($"/v1/students?{query}");

        await AssertValidationProblemAsync(response, query.Split('=')[0]);
    }

    [Fact]
    public async Task A_stale_update_gets_412_and_changes_nothing()
    {
        var school = await SchoolAsync();
        var id = await PostStudentAsync(school);
        var first = new HttpRequestMessage(HttpMethod.Put, $"/v1/students/{id}") { Content = JsonContent.Create(TestData.Student().With("hoursPerWeek", 24)) };
        first.Headers.IfMatch.ParseAdd("\"1\"");
        Assert.Equal(HttpStatusCode.OK, (await school.SendAsync(first)).StatusCode);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/v1/students/{id}") { Content = JsonContent.Create(TestData.Student().With("hoursPerWeek", 16)) };
        stale.Headers.IfMatch.ParseAdd("\"1\"");
        var response = await school.SendAsync(stale);

        await AssertProblemAsync(response, HttpStatusCode.PreconditionFailed);
        var current = await ReadJsonAsync(await school.GetAsync($"/v1/students/{id}"));
        Assert.Equal(24, current["hoursPerWeek"]!.GetValue<int>());
        Assert.Equal(2, current["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_update_without_if_match_gets_428()
    {
        var school = await SchoolAsync();
        var id = await PostStudentAsync(school);

        var response = await school.PutAsJsonAsync($"/v1/students/{id}", TestData.Student().With("hoursPerWeek", 16));

        await AssertProblemAsync(response, (HttpStatusCode)428);
    }

    [Fact]
    public async Task A_duplicate_external_reference_is_a_409()
    {
        var school = await SchoolAsync();
        await school.PostAsJsonAsync("/v1/students", TestData.Student());

        var response = await school.PostAsJsonAsync("/v1/students", TestData.Student());

        await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync("students"));
    }

    [Fact]
    public async Task Bulk_upsert_stores_the_valid_rows_and_reports_each_invalid_one()
    {
        var school = await SchoolAsync();
        await school.PostAsJsonAsync("/v1/students", TestData.Student("EXISTING"));
        var rows = new List<object?>
        {
            TestData.Student("NEW-1"),
            TestData.Student("BAD-CREBO").With("crebo", 99999),
            TestData.Student("EXISTING").With("hoursPerWeek", 20),
            TestData.Student("BAD-PC4").With("pc4", 1001),
            TestData.Student("NEW-1"),
            null,
            TestData.Student("NEW-2"),
        };

        var response = await school.PostAsJsonAsync("/v1/students/bulk", new { students = rows });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ReadJsonAsync(response);
        Assert.Equal(2, result["created"]!.GetValue<int>());
        Assert.Equal(1, result["updated"]!.GetValue<int>());
        Assert.Equal(4, result["failed"]!.GetValue<int>());
        var statuses = result["results"]!.AsArray().Select(r => r!["status"]!.GetValue<string>()).ToList();
        Assert.Equal(["created", "failed", "updated", "failed", "failed", "failed", "created"], statuses);
        Assert.NotNull(result["results"]![1]!["errors"]!["crebo"]);
        Assert.NotNull(result["results"]![3]!["errors"]!["pc4"]);
        Assert.NotNull(result["results"]![4]!["errors"]!["externalRef"]);
        Assert.Equal(3, await CountAsync("students"));
        var existing = await ReadJsonAsync(await school.GetAsync("/v1/students?externalRef=EXISTING"));
        Assert.Equal(20, existing["items"]![0]!["hoursPerWeek"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bulk_upsert_takes_ten_thousand_students_in_one_request()
    {
        var school = await SchoolAsync();
        var rows = Enumerable.Range(0, 10_000).Select(i => TestData.Student($"BULK-{i:D5}")).ToList();

        var response = await school.PostAsJsonAsync("/v1/students/bulk", new { students = rows });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10_000, (await ReadJsonAsync(response))["created"]!.GetValue<int>());
        Assert.Equal(10_000, await CountAsync("students"));
    }

    [Fact]
    public async Task Bulk_upsert_over_ten_thousand_rows_is_rejected_whole()
    {
        var school = await SchoolAsync();
        var rows = Enumerable.Range(0, 10_001).Select(i => TestData.Student($"BULK-{i:D5}")).ToList();

        var response = await school.PostAsJsonAsync("/v1/students/bulk", new { students = rows });

        await AssertValidationProblemAsync(response, "students");
        Assert.Equal(0, await CountAsync("students"));
    }

    [Fact]
    public async Task Every_student_write_appends_to_the_change_sequence_in_the_same_transaction()
    {
        var school = await SchoolAsync();
        var id = await PostStudentAsync(school);
        await school.DeleteAsync($"/v1/students/{id}");

        await using var connection = new Npgsql.NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT operation FROM changes WHERE entity = 'student' AND entity_id = $1 ORDER BY seq", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter<Guid> { TypedValue = id });
        var operations = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            operations.Add(reader.GetString(0));
        }
        Assert.Equal(["insert", "delete"], operations);
    }
}
