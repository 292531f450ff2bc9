using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Matching.Api.Alerts;
using Matching.Api.Indexing;
using Matching.Jobs.Alerts;
using Matching.Jobs.Delivery;
using Matching.Tests;
using Matching.Tests.Service;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matching.Jobs.Tests.Alerts;

/// <summary>
/// Alerts for new offers on a small region built by hand through the API: which students of which schools are alerted
/// for which offer, and the exact notification the school receives. The detector, the batcher and the deliveries are
/// driven directly (the background detector is off here), so every step is deterministic; OfferAlertJobsTests runs the
/// same through the service's own detector and Hangfire.
/// </summary>
public sealed class OfferAlertTests(PostgresServer postgres) : ApiTestBase(postgres)
{
    private const string Secret = "school-alert-secret-0123456789";
    // An hour ago, so that the deliveries of batches made at Start + 15 minutes are due now; whole seconds, as PostgreSQL
    // keeps microseconds where .NET keeps ticks.
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds());

    private WebhookReceiver _webhooks = null!;
    private SmtpSink _smtp = null!;
    private HttpClient _school = null!;
    private HttpClient _otherSchool = null!;
    private HttpClient _company = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Alerts:DetectorEnabled"] = "false",
        ["Alerts:BatchMinutes"] = "15",
        ["Delivery:AllowInsecureLoopback"] = "true",
        ["Delivery:BaseDelaySeconds"] = "0",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = _smtp.Port.ToString(),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "alerts@matching.test",
    };

    public override async Task InitializeAsync()
    {
        _webhooks = await WebhookReceiver.StartAsync();
        _smtp = SmtpSink.Start();
        await base.InitializeAsync();
        _school = await SchoolAsync();
        _otherSchool = await SchoolAsync(OtherSchoolBrin);
        _company = await CompanyAsync();
        await RegisterAccreditedCompanyAsync(_company);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _webhooks.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task An_opened_offer_notifies_the_school_once_with_exactly_its_eligible_subscribed_students()
    {
        var near = await PostStudentAsync(_school, TestData.Student("A-NEAR"));
        await PostStudentAsync(_school, TestData.Student("A-BBL").With("learningPath", "BBL")); // the offer is BOL
        await PostStudentAsync(_school, TestData.Student("A-FAR").With("pc4", 9711)); // Groningen, beyond its 20 km
        await PostStudentAsync(_otherSchool, TestData.Student("B-NEAR")); // eligible, but school B did not subscribe
        var subscription = await SubscribeAsync(_school, new { webhookUrl = _webhooks.BaseUrl + "/hooks/alerts", webhookSecret = Secret, email = "stage@school-a.example.nl" });
        var offer = await PostOfferAsync(_company);

        var detection = await DetectAsync();
        var batch = await BatchAsync(subscription, Start);
        var attempts = await DeliverAllAsync();
        var again = await DeliverAllAsync();

        Assert.Equal((1, 1), (detection.OffersOpened, detection.AlertsStored));
        Assert.Equal((1, 0), (batch.Alerts, batch.Dropped));
        Assert.Equal((2, 0), (attempts, again));
        var request = Assert.Single(_webhooks.Received);
        Assert.Equal("/hooks/alerts", request.Path);
        Assert.Equal("offer-alerts", request.Headers["X-Matching-Event"]);
        AssertSigned(request, Secret);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal(batch.BatchId, body["batchId"]!.GetValue<Guid>());
        Assert.Equal((subscription, SchoolBrin), (body["subscriptionId"]!.GetValue<Guid>(), body["schoolBrin"]!.GetValue<string>()));
        var alert = Assert.Single(body["alerts"]!.AsArray())!;
        Assert.Equal((near, "A-NEAR", offer, 1), (alert["studentId"]!.GetValue<Guid>(), alert["externalRef"]!.GetValue<string>(),
            alert["offer"]!["id"]!.GetValue<Guid>(), alert["rank"]!.GetValue<int>()));
        Assert.Equal(("Stagiair logistiek medewerker magazijn", "Waalhaven Logistics B.V.", 2, "open"), (alert["offer"]!["title"]!.GetValue<string>(),
            alert["offer"]!["companyName"]!.GetValue<string>(), alert["offer"]!["freePlaces"]!.GetValue<int>(), alert["offer"]!["status"]!.GetValue<string>()));
        // The score and distance the school sees in the student's matches.
        var match = (await ReadJsonAsync(await _school.GetAsync($"/v1/students/{near}/matches")))["items"]![0]!;
        Assert.Equal((match["score"]!.GetValue<float>(), match["distanceKm"]!.GetValue<double>()), (alert["score"]!.GetValue<float>(), alert["distanceKm"]!.GetValue<double>()));
        // The alert list shows the same alert, now sent in that batch.
        var listed = (await ReadJsonAsync(await _school.GetAsync($"/v1/alert-subscriptions/{subscription}/alerts")))["items"]!.AsArray();
        Assert.True(JsonNode.DeepEquals(alert, Assert.Single(listed)), $"{alert} differs from {listed[0]}");
        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal(["stage@school-a.example.nl"], mail.To);
        Assert.Contains("\r\nSubject: Nieuwe passende plaatsen: 1 melding voor 1 student\r\n", mail.Data);
        Assert.Contains("A-NEAR: Stagiair logistiek medewerker magazijn (Waalhaven Logistics B.V.), nr. 1,", mail.Part("text/plain"));
        Assert.True(JsonNode.DeepEquals(body, JsonNode.Parse(mail.Part("application/json"))));
        var deliveries = (await ReadJsonAsync(await _school.GetAsync($"/v1/alert-subscriptions/{subscription}/deliveries")))["items"]!.AsArray();
        Assert.Equal(["email delivered 1", "webhook delivered 1"], deliveries.Select(d =>
            $"{d!["channel"]} {d["status"]} {d["alerts"]}").Order());
    }

    [Fact]
    public async Task Editing_the_offer_alerts_nobody_again_and_a_place_freed_again_alerts_only_the_students_not_yet_alerted()
    {
        var first = await PostStudentAsync(_school, TestData.Student("A-FIRST"));
        var taker = await PostStudentAsync(_otherSchool, TestData.Student("B-TAKER"));
        await SubscribeAsync(_school, new { email = "stage@school-a.example.nl" });
        var offer = await PostOfferAsync(_company, TestData.Offer(places: 1));
        var opened = await DetectAsync();

        var edited = await _company.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/v1/offers/{offer}")
        {
            Content = JsonContent.Create(TestData.Offer(places: 1).With("title", "Stagiair logistiek medewerker magazijn en expeditie")),
            Headers = { { "If-Match", "\"1\"" } },
        });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var afterEdit = await DetectAsync();
        var placement = await CreatedIdAsync(await _otherSchool.PostAsJsonAsync("/v1/placements", new { studentId = taker, offerId = offer }));
        Assert.Equal(HttpStatusCode.OK, (await _company.PostAsync($"/v1/placements/{placement}/accept", null)).StatusCode);
        var second = await PostStudentAsync(_school, TestData.Student("A-SECOND"));
        var whileFull = await DetectAsync();
        Assert.Equal(HttpStatusCode.OK, (await _company.PostAsync($"/v1/placements/{placement}/cancel", null)).StatusCode);
        var freedAgain = await DetectAsync();

        Assert.Equal((1, 1), (opened.OffersOpened, opened.AlertsStored));
        Assert.Equal((0, 0), (afterEdit.OffersOpened, afterEdit.AlertsStored));
        Assert.Equal((0, 0), (whileFull.OffersOpened, whileFull.AlertsStored));
        Assert.Equal((1, 1), (freedAgain.OffersOpened, freedAgain.AlertsStored));
        Assert.Equal(new[] { $"{first} {offer}", $"{second} {offer}" }.Order(StringComparer.Ordinal), await StoredAlertsAsync());
    }

    [Fact]
    public async Task Alerts_found_within_the_schools_interval_wait_and_go_out_together_when_it_has_passed()
    {
        await PostStudentAsync(_school, TestData.Student("A-1"));
        var subscription = await SubscribeAsync(_school, new { webhookUrl = _webhooks.BaseUrl + "/hooks/interval", webhookSecret = Secret });
        var firstOffer = await PostOfferAsync(_company);
        await DetectAsync();
        var first = await BatchAsync(subscription, Start);
        var secondOffer = await PostOfferAsync(_company, TestData.Offer().With("title", "Medewerker expeditie"));
        var thirdOffer = await PostOfferAsync(_company, TestData.Offer().With("title", "Medewerker retouren"));
        await DetectAsync();

        var tooSoon = await BatchAsync(subscription, Start.AddMinutes(14));
        var dueTimes = await App.Services.GetRequiredService<OfferAlertBatcher>().DueAsync(Start.AddMinutes(14), CancellationToken.None);
        var due = await BatchAsync(subscription, Start.AddMinutes(15));
        var nothingLeft = await BatchAsync(subscription, Start.AddMinutes(31));
        await DeliverAllAsync();

        Assert.Equal(1, first.Alerts);
        Assert.Null(tooSoon.BatchId);
        Assert.Equal(Start.AddMinutes(15), tooSoon.DueAt);
        Assert.Empty(dueTimes);
        Assert.Equal(2, due.Alerts);
        Assert.Null(nothingLeft.BatchId);
        var expected = new[] { new[] { firstOffer }, new[] { secondOffer, thirdOffer }.Order().ToArray() };
        Assert.Equal(expected, _webhooks.Received.Select(r => JsonNode.Parse(r.Body)!["alerts"]!.AsArray().Select(a => a!["offer"]!["id"]!.GetValue<Guid>()).Order().ToArray()));
    }

    [Fact]
    public async Task A_student_placed_or_erased_before_the_schools_notification_is_left_out_of_it()
    {
        var placed = await PostStudentAsync(_school, TestData.Student("A-PLACED"));
        var erased = await PostStudentAsync(_school, TestData.Student("A-ERASED"));
        var waiting = await PostStudentAsync(_school, TestData.Student("A-WAITING"));
        var subscription = await SubscribeAsync(_school, new { webhookUrl = _webhooks.BaseUrl + "/hooks/placed", webhookSecret = Secret });
        var offer = await PostOfferAsync(_company, TestData.Offer(places: 3));
        var detection = await DetectAsync();

        var placement = await CreatedIdAsync(await _school.PostAsJsonAsync("/v1/placements", new { studentId = placed, offerId = offer }));
        Assert.Equal(HttpStatusCode.OK, (await _company.PostAsync($"/v1/placements/{placement}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _school.DeleteAsync($"/v1/students/{erased}")).StatusCode);
        var batch = await BatchAsync(subscription, Start);
        await DeliverAllAsync();

        Assert.Equal(3, detection.AlertsStored);
        // The erased student's alert went with the student; the placed one's is dropped when the batch is made.
        Assert.Equal((1, 1), (batch.Alerts, batch.Dropped));
        var alerts = JsonNode.Parse(Assert.Single(_webhooks.Received).Body)!["alerts"]!.AsArray();
        Assert.Equal([waiting], alerts.Select(a => a!["studentId"]!.GetValue<Guid>()));
        Assert.Equal([$"{waiting} {offer}"], await StoredAlertsAsync());
        // The student's export holds the alert its school got about it.
        var exported = (await ReadJsonAsync(await _school.GetAsync($"/v1/students/{waiting}/export")))["alerts"]!.AsArray();
        Assert.Equal([offer], exported.Select(a => a!["offer"]!["id"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task A_filter_limits_the_alerts_to_the_students_it_names()
    {
        Assert.Equal(HttpStatusCode.Created, (await _company.PostAsJsonAsync($"/v1/companies/{await CompanyIdAsync()}/accreditations",
            new { crebo = TestData.LogisticsCrebo, learningPath = "BBL", validFrom = "2026-01-01" })).StatusCode);
        await PostStudentAsync(_school, TestData.Student("A-BOL-RIJNMOND"));
        var wanted = await PostStudentAsync(_school, TestData.Student("A-BBL-RIJNMOND").With("learningPath", "BBL"));
        await PostStudentAsync(_school, TestData.Student("A-BBL-GOUDA").With("learningPath", "BBL").With("pc4", 2801).With("maxDistanceKm", 40));
        await SubscribeAsync(_school, new { crebos = new[] { TestData.LogisticsCrebo }, learningPath = "BBL", regions = new[] { "rijnmond" }, email = "bbl@school-a.example.nl" });
        await PostOfferAsync(_company);
        var bbl = await PostOfferAsync(_company, TestData.Offer().With("learningPath", "BBL"));

        var detection = await DetectAsync();

        // Without the filter the BOL student would have the BOL offer and the Gouda student (Midden-Holland) the BBL one.
        Assert.Equal((2, 1), (detection.OffersOpened, detection.AlertsStored));
        Assert.Equal([$"{wanted} {bbl}"], await StoredAlertsAsync());
    }

    [Fact]
    public async Task An_offer_outside_a_students_ten_best_matches_does_not_alert_that_student()
    {
        var busy = await PostStudentAsync(_school, TestData.Student("A-BUSY").With("availableUntil", "2027-12-31"));
        var late = await PostStudentAsync(_school, TestData.Student("A-LATE").With("availableFrom", "2027-07-01").With("availableUntil", "2027-12-31"));
        await SubscribeAsync(_school, new { email = "stage@school-a.example.nl" });
        for (var i = 0; i < AlertOptions.TopMatches; i++)
        {
            await PostOfferAsync(_company, TestData.Offer().With("title", $"Magazijnmedewerker heftruck {i + 1}"));
        }
        await DetectAsync();
        // Later than the others and about other work: eleventh for the busy student, the only one for the late student.
        var eleventh = await PostOfferAsync(_company, TestData.Offer().With("title", "Medewerker kantoor administratie")
            .With("description", "Je helpt op kantoor met de administratie.").With("startDate", "2027-07-01").With("endDate", "2027-12-31"));

        var detection = await DetectAsync();

        Assert.Equal(1, detection.AlertsStored);
        Assert.Equal([$"{late} {eleventh}"], (await StoredAlertsAsync()).Where(a => a.EndsWith(eleventh.ToString(), StringComparison.Ordinal)));
        var busyMatches = (await ReadJsonAsync(await _school.GetAsync($"/v1/students/{busy}/matches?limit=20")))["items"]!.AsArray();
        Assert.Equal(AlertOptions.TopMatches, busyMatches.Select(m => m!["offer"]!["id"]!.GetValue<Guid>()).ToList().IndexOf(eleventh));
    }

    [Fact]
    public async Task While_another_node_holds_the_alert_cursor_this_node_skips_and_what_that_node_did_before_it_died_is_done_once()
    {
        var student = await PostStudentAsync(_school, TestData.Student("A-1"));
        await SubscribeAsync(_school, new { email = "stage@school-a.example.nl" });
        var offer = await PostOfferAsync(_company);
        await IndexesCaughtUpAsync();
        var detector = App.Services.GetRequiredService<OfferAlertDetector>();

        AlertDetection? skipped;
        await using (var dying = new NpgsqlConnection(App.ConnectionString))
        {
            // Another node mid-pass: it holds the cursor, moved it and stored an alert, and dies before its commit.
            await dying.OpenAsync();
            await using var transaction = await dying.BeginTransactionAsync();
            await using (var work = new NpgsqlCommand("""
                SELECT last_seq FROM offer_alert_cursor FOR UPDATE;
                UPDATE offer_alert_cursor SET last_seq = last_seq + 1000;
                """, dying, transaction))
            {
                await work.ExecuteNonQueryAsync();
            }
            skipped = await detector.DetectAsync(CancellationToken.None);
        }
        var resumed = await DetectAsync();

        Assert.Null(skipped);
        Assert.Equal((1, 1), (resumed.OffersOpened, resumed.AlertsStored));
        Assert.Equal([$"{student} {offer}"], await StoredAlertsAsync());
    }

    [Fact]
    public async Task Two_nodes_detecting_at_once_process_each_change_once()
    {
        for (var i = 0; i < 4; i++)
        {
            await PostStudentAsync(_school, TestData.Student($"A-{i}"));
        }
        await SubscribeAsync(_school, new { email = "stage@school-a.example.nl" });
        await using var otherNode = new MatchingApiFactory(App.ConnectionString, Settings);
        await otherNode.WaitUntilReadyAsync();
        for (var i = 0; i < 6; i++)
        {
            await PostOfferAsync(_company, TestData.Offer().With("title", $"Stagiair magazijn {i}"));
        }
        await IndexesCaughtUpAsync();
        await IndexesCaughtUpAsync(otherNode);

        var passes = await Task.WhenAll(
            Task.Run(() => DetectUntilCaughtUpAsync(App.Services.GetRequiredService<OfferAlertDetector>())),
            Task.Run(() => DetectUntilCaughtUpAsync(otherNode.Services.GetRequiredService<OfferAlertDetector>())));

        var done = passes.SelectMany(p => p).ToList();
        Assert.Equal(6, done.Sum(p => p.Changes));
        Assert.Equal(6, done.Sum(p => p.OffersOpened));
        Assert.Equal(24, done.Sum(p => p.AlertsStored));
        Assert.Equal(24, (await StoredAlertsAsync()).Count);
    }

    private async Task<Guid> CompanyIdAsync() =>
        (await ReadJsonAsync(await _company.GetAsync("/v1/companies")))["items"]![0]!["id"]!.GetValue<Guid>();

    private static async Task<Guid> SubscribeAsync(HttpClient school, object subscription) =>
        await CreatedIdAsync(await school.PostAsJsonAsync("/v1/alert-subscriptions", subscription));

    /// <summary>Once this node's indexes have every change so far: detection passes until the cursor reaches them, summed.</summary>
    private async Task<AlertDetection> DetectAsync()
    {
        await IndexesCaughtUpAsync();
        var passes = await DetectUntilCaughtUpAsync(App.Services.GetRequiredService<OfferAlertDetector>());
        return new AlertDetection(passes.Max(p => p.Cursor), passes.Sum(p => p.Changes), passes.Sum(p => p.OffersOpened), passes.Sum(p => p.AlertsStored),
            [.. passes.SelectMany(p => p.Batches)]);
    }

    // Passes of one node until the cursor has reached what its indexes applied (a pass may find the cursor held by another node).
    private static async Task<List<AlertDetection>> DetectUntilCaughtUpAsync(OfferAlertDetector detector)
    {
        var passes = new List<AlertDetection>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var pass = await detector.DetectAsync(CancellationToken.None);
            if (pass is not null)
            {
                passes.Add(pass);
                if (pass.Changes == 0)
                {
                    return passes;
                }
            }
            else
            {
                // The other node holds the cursor: look again shortly.
                await Task.Delay(10);
            }
            Assert.True(DateTime.UtcNow < deadline, "The alert cursor did not catch up within 30 s.");
        }
    }

    private Task<AlertBatchOutcome> BatchAsync(Guid subscription, DateTimeOffset now) =>
        App.Services.GetRequiredService<OfferAlertBatcher>().BatchAsync(subscription, now, CancellationToken.None);

    // One attempt at every open delivery, as their jobs would make them; how many were made.
    private async Task<int> DeliverAllAsync()
    {
        var deliverer = App.Services.GetRequiredService<ReportDeliverer>();
        var attempts = 0;
        foreach (var (id, _) in await App.Services.GetRequiredService<ReportDeliveryQueue>().OpenAsync(null, ClaimedDelivery.OfferAlerts, CancellationToken.None))
        {
            attempts += (await deliverer.AttemptAsync(id, CancellationToken.None)).Attempted ? 1 : 0;
        }
        return attempts;
    }

    /// <summary>Every alert stored, as "student offer", in order.</summary>
    private async Task<List<string>> StoredAlertsAsync()
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT student_id || ' ' || offer_id FROM offer_alerts", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var alerts = new List<string>();
        while (await reader.ReadAsync())
        {
            alerts.Add(reader.GetString(0));
        }
        return [.. alerts.Order(StringComparer.Ordinal)];
    }

    // Verifies the request as a receiver would (docs/webhooks.md), recomputing the HMAC here rather than with the service's code.
    private static void AssertSigned(ReceivedWebhook request, string secret)
    {
        var timestamp = request.Headers["X-Matching-Timestamp"];
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(request.Body).ToArray();
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed)), request.Headers["X-Matching-Signature"]);
        Assert.True(Guid.TryParse(request.Headers["X-Matching-Delivery"], out _));
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
    }
}
