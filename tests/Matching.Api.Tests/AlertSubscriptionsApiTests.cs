using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Matching.Tests;
using Matching.Tests.Service;
using Npgsql;

namespace Matching.Api.Tests;

/// <summary>Schools' alert subscriptions: one per school, managed by the school (or an admin for it), what a valid one is, and optimistic concurrency.</summary>
public sealed class AlertSubscriptionsApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private const string Secret = "a-school-webhook-secret-0123";

    private static Dictionary<string, object?> Subscription() => new()
    {
        ["crebos"] = new[] { TestData.LogisticsCrebo },
        ["learningPath"] = "BOL",
        ["regions"] = new[] { "rijnmond" },
        ["webhookUrl"] = "https://portal.school.example.nl/hooks/offer-alerts",
        ["webhookSecret"] = Secret,
        ["email"] = "stagebureau@school.example.nl",
    };

    [Fact]
    public async Task A_school_creates_reads_replaces_and_deletes_its_alert_subscription_and_the_secret_is_never_shown()
    {
        var school = await SchoolAsync();

        var created = await school.PostAsJsonAsync("/v1/alert-subscriptions", Subscription());
        var id = (await ReadJsonAsync(created))["id"]!.GetValue<Guid>();
        var read = await school.GetAsync($"/v1/alert-subscriptions/{id}");
        var replaced = await SendAsync(school, HttpMethod.Put, $"/v1/alert-subscriptions/{id}", read.Headers.ETag,
            Subscription().Without("webhookSecret").Without("crebos").With("learningPath", null));
        var stale = await SendAsync(school, HttpMethod.Put, $"/v1/alert-subscriptions/{id}", read.Headers.ETag, Subscription());
        var listed = await school.GetStringAsync("/v1/alert-subscriptions");
        var storedSecret = await StoredSecretAsync(id);
        var deleted = await SendAsync(school, HttpMethod.Delete, $"/v1/alert-subscriptions/{id}", replaced.Headers.ETag);
        var gone = await school.GetAsync($"/v1/alert-subscriptions/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/v1/alert-subscriptions/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);
        var body = await ReadJsonAsync(read);
        Assert.Equal((SchoolBrin, "BOL", TestData.LogisticsCrebo), (body["schoolBrin"]!.GetValue<string>(), body["learningPath"]!.GetValue<string>(),
            body["crebos"]![0]!.GetValue<int>()));
        Assert.Null(body["lastNotifiedAt"]);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var after = await ReadJsonAsync(replaced);
        Assert.Equal((2, 0), (after["version"]!.GetValue<int>(), after["crebos"]!.AsArray().Count));
        Assert.Null(after["learningPath"]);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.DoesNotContain(Secret, await created.Content.ReadAsStringAsync() + await replaced.Content.ReadAsStringAsync() + listed);
        Assert.Equal(Secret, storedSecret);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await AssertProblemAsync(gone, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_school_has_one_alert_subscription_and_a_second_is_a_conflict_that_changes_nothing()
    {
        var school = await SchoolAsync();
        await CreatedIdAsync(await school.PostAsJsonAsync("/v1/alert-subscriptions", Subscription()));

        var second = await school.PostAsJsonAsync("/v1/alert-subscriptions", Subscription().With("email", "other@school.example.nl"));

        var problem = await AssertProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Contains($"School {SchoolBrin} has an alert subscription already", problem["detail"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync("alert_subscriptions"));
    }

    [Fact]
    public async Task A_school_key_manages_only_its_own_school_and_an_admin_names_a_known_school()
    {
        var school = await SchoolAsync();
        var other = await SchoolAsync(OtherSchoolBrin);
        var othersId = await CreatedIdAsync(await other.PostAsJsonAsync("/v1/alert-subscriptions", Subscription()));

        var forOther = await school.PostAsJsonAsync("/v1/alert-subscriptions", Subscription().With("schoolBrin", OtherSchoolBrin));
        var readOther = await school.GetAsync($"/v1/alert-subscriptions/{othersId}");
        var alertsOfOther = await school.GetAsync($"/v1/alert-subscriptions/{othersId}/alerts");
        var listOther = await school.GetAsync($"/v1/alert-subscriptions?schoolBrin={OtherSchoolBrin}");
        var adminWithoutSchool = await Admin.PostAsJsonAsync("/v1/alert-subscriptions", Subscription());
        var adminUnknownSchool = await Admin.PostAsJsonAsync("/v1/alert-subscriptions", Subscription().With("schoolBrin", "99XX"));
        var adminForSchool = await Admin.PostAsJsonAsync("/v1/alert-subscriptions", Subscription().With("schoolBrin", SchoolBrin));
        var ownList = await ReadJsonAsync(await school.GetAsync("/v1/alert-subscriptions"));
        var adminList = await ReadJsonAsync(await Admin.GetAsync($"/v1/alert-subscriptions?schoolBrin={OtherSchoolBrin}"));

        await AssertProblemAsync(forOther, HttpStatusCode.Forbidden);
        await AssertProblemAsync(readOther, HttpStatusCode.Forbidden);
        await AssertProblemAsync(alertsOfOther, HttpStatusCode.Forbidden);
        await AssertProblemAsync(listOther, HttpStatusCode.Forbidden);
        await AssertValidationProblemAsync(adminWithoutSchool, "schoolBrin");
        await AssertValidationProblemAsync(adminUnknownSchool, "schoolBrin");
        Assert.Equal(HttpStatusCode.Created, adminForSchool.StatusCode);
        Assert.Equal([SchoolBrin], ownList["items"]!.AsArray().Select(s => s!["schoolBrin"]!.GetValue<string>()));
        Assert.Equal([othersId], adminList["items"]!.AsArray().Select(s => s!["id"]!.GetValue<Guid>()));
    }

    [Theory]
    [InlineData("crebos", new[] { 99999 }, "crebos")]
    [InlineData("regions", new[] { "atlantis" }, "regions")]
    [InlineData("learningPath", "BOLBBL", "learningPath")]
    [InlineData("webhookUrl", "http://portal.school.example.nl/hooks", "webhookUrl")]
    [InlineData("webhookUrl", "https://10.0.0.7/hooks", "webhookUrl")]
    [InlineData("webhookSecret", "short", "webhookSecret")]
    [InlineData("email", "Stagebureau <stage@school.example.nl>", "email")]
    public async Task An_invalid_alert_subscription_names_the_field_and_stores_nothing(string field, object value, string errorField)
    {
        var school = await SchoolAsync();

        var response = await school.PostAsJsonAsync("/v1/alert-subscriptions", Subscription().With(field, value));

        await AssertValidationProblemAsync(response, errorField);
        Assert.Equal(0, await CountAsync("alert_subscriptions"));
    }

    [Fact]
    public async Task An_alert_subscription_needs_a_channel_and_a_webhook_its_secret()
    {
        var school = await SchoolAsync();

        var noChannel = await school.PostAsJsonAsync("/v1/alert-subscriptions", Subscription().Without("webhookUrl").Without("webhookSecret").Without("email"));
        var noSecret = await school.PostAsJsonAsync("/v1/alert-subscriptions", Subscription().Without("webhookSecret"));

        await AssertValidationProblemAsync(noChannel, "email", "webhookUrl");
        await AssertValidationProblemAsync(noSecret, "webhookSecret");
        Assert.Equal(0, await CountAsync("alert_subscriptions"));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, EntityTagHeaderValue? etag, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }
        return client.SendAsync(request);
    }

    private async Task<string?> StoredSecretAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT webhook_secret FROM alert_subscriptions WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        return await command.ExecuteScalarAsync() as string;
    }
}
