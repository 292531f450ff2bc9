using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Matching.Tests.Service;
using Matching.Tests;
using Npgsql;

namespace Matching.Api.Tests;

/// <summary>Coordinators' report subscriptions: who may manage which, what a valid one is, and optimistic concurrency.</summary>
public sealed class SubscriptionsApiTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private const string Secret = "a-webhook-secret-of-some-length";
    private const string LogisticsSector = "mobiliteit-transport-logistiek-maritiem";

    private static Dictionary<string, object?> Subscription() => new()
    {
        ["regions"] = new[] { "rijnmond" },
        ["sectors"] = new[] { LogisticsSector },
        ["webhookUrl"] = "https://rmc.example.nl/hooks/shortfalls",
        ["webhookSecret"] = Secret,
        ["email"] = "coordinator@rmc.example.nl",
    };

    [Fact]
    public async Task A_coordinator_creates_reads_replaces_and_deletes_its_subscription()
    {
        var coordinator = await CoordinatorAsync("rijnmond");

        var created = await coordinator.PostAsJsonAsync("/v1/subscriptions", Subscription());
        var id = (await ReadJsonAsync(created))["id"]!.GetValue<Guid>();
        var read = await coordinator.GetAsync($"/v1/subscriptions/{id}");
        var replaced = await SendAsync(coordinator, HttpMethod.Put, $"/v1/subscriptions/{id}", read.Headers.ETag,
            Subscription().Without("webhookUrl").Without("webhookSecret").With("email", "other@rmc.example.nl"));
        var deleted = await SendAsync(coordinator, HttpMethod.Delete, $"/v1/subscriptions/{id}", replaced.Headers.ETag);
        var gone = await coordinator.GetAsync($"/v1/subscriptions/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/v1/subscriptions/{id}", created.Headers.Location!.OriginalString);
        var body = await ReadJsonAsync(read);
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);
        Assert.Equal(["rijnmond"], body["regions"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("https://rmc.example.nl/hooks/shortfalls", body["webhookUrl"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var after = await ReadJsonAsync(replaced);
        Assert.Null(after["webhookUrl"]);
        Assert.Equal("other@rmc.example.nl", after["email"]!.GetValue<string>());
        Assert.Equal(2, after["version"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await AssertProblemAsync(gone, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_webhook_secret_is_write_only_and_kept_when_a_replacement_leaves_it_out()
    {
        var coordinator = await CoordinatorAsync("rijnmond");
        var created = await coordinator.PostAsJsonAsync("/v1/subscriptions", Subscription());
        var id = (await ReadJsonAsync(created))["id"]!.GetValue<Guid>();

        var replaced = await SendAsync(coordinator, HttpMethod.Put, $"/v1/subscriptions/{id}", created.Headers.ETag,
            Subscription().Without("webhookSecret").With("webhookUrl", "https://rmc.example.nl/hooks/v2"));
        var listed = await coordinator.GetStringAsync("/v1/subscriptions");
        var read = await coordinator.GetStringAsync($"/v1/subscriptions/{id}");

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.DoesNotContain(Secret, await created.Content.ReadAsStringAsync());
        Assert.DoesNotContain(Secret, await replaced.Content.ReadAsStringAsync());
        Assert.DoesNotContain(Secret, listed);
        Assert.DoesNotContain("webhookSecret", read);
        Assert.Equal(Secret, await StoredSecretAsync(id));
    }

    [Theory]
    [InlineData("webhookUrl", "not a url", "webhookUrl")]
    [InlineData("webhookUrl", "ftp://rmc.example.nl/hooks", "webhookUrl")]
    [InlineData("webhookUrl", "http://rmc.example.nl/hooks", "webhookUrl")]
    [InlineData("webhookUrl", "http://127.0.0.1:8080/hooks", "webhookUrl")] // loopback over http only where Delivery:AllowInsecureLoopback is set
    [InlineData("webhookUrl", "https://user:password@rmc.example.nl/hooks", "webhookUrl")]
    [InlineData("webhookUrl", "https://localhost/hooks", "webhookUrl")] // internal addresses only where Delivery:AllowPrivateNetworks is set
    [InlineData("webhookUrl", "https://169.254.169.254/latest/meta-data", "webhookUrl")]
    [InlineData("webhookUrl", "https://10.1.2.3/hooks", "webhookUrl")]
    [InlineData("webhookUrl", "https://[fd00::1]/hooks", "webhookUrl")]
    [InlineData("webhookUrl", "https://[::ffff:192.168.1.1]/hooks", "webhookUrl")]
    [InlineData("webhookSecret", "too-short", "webhookSecret")]
    [InlineData("webhookSecret", null, "webhookSecret")]
    [InlineData("email", "not-an-email", "email")]
    [InlineData("email", "Coordinator <coordinator@rmc.example.nl>", "email")]
    [InlineData("regions", "atlantis", "regions")]
    [InlineData("sectors", "piracy", "sectors")]
    public async Task An_invalid_subscription_is_rejected_naming_the_field(string field, string? value, string error)
    {
        var coordinator = await CoordinatorAsync("rijnmond");
        var body = field is "regions" or "sectors" ? Subscription().With(field, new[] { value }) : Subscription().With(field, value);

        var response = await coordinator.PostAsJsonAsync("/v1/subscriptions", body);

        await AssertValidationProblemAsync(response, error);
        Assert.Equal(0, await CountAsync("subscriptions"));
    }

    [Fact]
    public async Task A_subscription_without_a_channel_is_rejected()
    {
        var coordinator = await CoordinatorAsync("rijnmond");

        var response = await coordinator.PostAsJsonAsync("/v1/subscriptions",
            Subscription().Without("webhookUrl").Without("webhookSecret").Without("email"));

        await AssertValidationProblemAsync(response, "email", "webhookUrl");
    }

    [Fact]
    public async Task A_coordinator_cannot_subscribe_to_a_region_it_does_not_follow()
    {
        var coordinator = await CoordinatorAsync("rijnmond");

        var response = await coordinator.PostAsJsonAsync("/v1/subscriptions", Subscription().With("regions", new[] { "rijnmond", "groot-amsterdam" }));

        var problem = await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("groot-amsterdam", problem["detail"]!.GetValue<string>());
        Assert.Equal(0, await CountAsync("subscriptions"));
    }

    [Fact]
    public async Task Another_coordinator_cannot_read_list_replace_or_delete_it()
    {
        var owner = await CoordinatorAsync("rijnmond");
        var other = await CoordinatorAsync("rijnmond");
        var created = await owner.PostAsJsonAsync("/v1/subscriptions", Subscription());
        var subscription = await ReadJsonAsync(created);
        var (id, ownerKey) = (subscription["id"]!.GetValue<Guid>(), subscription["apiKeyId"]!.GetValue<Guid>());

        var read = await other.GetAsync($"/v1/subscriptions/{id}");
        var replaced = await SendAsync(other, HttpMethod.Put, $"/v1/subscriptions/{id}", created.Headers.ETag, Subscription());
        var deleted = await SendAsync(other, HttpMethod.Delete, $"/v1/subscriptions/{id}", created.Headers.ETag);
        var deliveries = await other.GetAsync($"/v1/subscriptions/{id}/deliveries");
        var listedByKey = await other.GetAsync($"/v1/subscriptions?apiKeyId={ownerKey}");
        var listed = await ReadJsonAsync(await other.GetAsync("/v1/subscriptions"));

        await AssertProblemAsync(read, HttpStatusCode.Forbidden);
        await AssertProblemAsync(replaced, HttpStatusCode.Forbidden);
        await AssertProblemAsync(deleted, HttpStatusCode.Forbidden);
        await AssertProblemAsync(deliveries, HttpStatusCode.Forbidden);
        await AssertProblemAsync(listedByKey, HttpStatusCode.Forbidden);
        Assert.Equal(0, listed["total"]!.GetValue<long>());
        Assert.Equal(1, (await ReadJsonAsync(await owner.GetAsync("/v1/subscriptions")))["total"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/v1/subscriptions/{id}")).StatusCode);
    }

    [Fact]
    public async Task Replacing_needs_the_current_etag()
    {
        var coordinator = await CoordinatorAsync("rijnmond");
        var created = await coordinator.PostAsJsonAsync("/v1/subscriptions", Subscription());
        var id = (await ReadJsonAsync(created))["id"]!.GetValue<Guid>();
        var first = await SendAsync(coordinator, HttpMethod.Put, $"/v1/subscriptions/{id}", created.Headers.ETag, Subscription());

        var withoutEtag = await coordinator.PutAsJsonAsync($"/v1/subscriptions/{id}", Subscription());
        var stale = await SendAsync(coordinator, HttpMethod.Put, $"/v1/subscriptions/{id}", created.Headers.ETag, Subscription().With("email", "late@rmc.example.nl"));
        var staleDelete = await SendAsync(coordinator, HttpMethod.Delete, $"/v1/subscriptions/{id}", created.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", first.Headers.ETag!.Tag);
        await AssertProblemAsync(withoutEtag, (HttpStatusCode)428);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        await AssertProblemAsync(staleDelete, HttpStatusCode.PreconditionFailed);
        var current = await ReadJsonAsync(await coordinator.GetAsync($"/v1/subscriptions/{id}"));
        Assert.Equal("coordinator@rmc.example.nl", current["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_admin_subscribes_a_coordinator_key_within_that_keys_regions()
    {
        var coordinator = await CoordinatorAsync("rijnmond");
        var own = await ReadJsonAsync(await coordinator.PostAsJsonAsync("/v1/subscriptions", Subscription()));
        var keyId = own["apiKeyId"]!.GetValue<Guid>();

        var unnamed = await Admin.PostAsJsonAsync("/v1/subscriptions", Subscription());
        var outside = await Admin.PostAsJsonAsync("/v1/subscriptions", Subscription().With("apiKeyId", keyId).With("regions", new[] { "groot-amsterdam" }));
        var unknownKey = await Admin.PostAsJsonAsync("/v1/subscriptions", Subscription().With("apiKeyId", Guid.NewGuid()));
        var created = await Admin.PostAsJsonAsync("/v1/subscriptions", Subscription().With("apiKeyId", keyId).Without("regions"));

        await AssertValidationProblemAsync(unnamed, "apiKeyId");
        await AssertValidationProblemAsync(outside, "regions");
        await AssertValidationProblemAsync(unknownKey, "apiKeyId");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(keyId, (await ReadJsonAsync(created))["apiKeyId"]!.GetValue<Guid>());
        Assert.Equal(2, (await ReadJsonAsync(await coordinator.GetAsync("/v1/subscriptions")))["total"]!.GetValue<long>());
        Assert.Equal(2, (await ReadJsonAsync(await Admin.GetAsync($"/v1/subscriptions?apiKeyId={keyId}")))["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Other_roles_have_no_subscriptions()
    {
        var school = await SchoolAsync();

        await AssertProblemAsync(await school.PostAsJsonAsync("/v1/subscriptions", Subscription()), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Anonymous().GetAsync("/v1/subscriptions"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_new_subscription_has_an_empty_delivery_log_and_unknown_ones_are_404()
    {
        var coordinator = await CoordinatorAsync("rijnmond");
        var id = (await ReadJsonAsync(await coordinator.PostAsJsonAsync("/v1/subscriptions", Subscription())))["id"]!.GetValue<Guid>();

        var log = await ReadJsonAsync(await coordinator.GetAsync($"/v1/subscriptions/{id}/deliveries"));

        Assert.Equal(0, log["total"]!.GetValue<long>());
        await AssertProblemAsync(await coordinator.GetAsync($"/v1/subscriptions/{Guid.NewGuid()}/deliveries"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await coordinator.GetAsync($"/v1/subscriptions/{id}/deliveries?status=lost"), HttpStatusCode.BadRequest);
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
        await using var command = new NpgsqlCommand("SELECT webhook_secret FROM subscriptions WHERE id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        return await command.ExecuteScalarAsync() as string;
    }
}
