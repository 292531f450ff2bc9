using Matching.Jobs.Privacy;
using Matching.Jobs.Retention;
using Matching.Jobs.Tests.Infrastructure;
using Matching.Tests;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matching.Jobs.Tests.Retention;

/// <summary>The retention job's periods at their defaults (12, 12 and 24 months, 26 weeks), on rows dated around them.</summary>
public sealed class RetentionJobTests(PostgresServer postgres) : DatabaseTest(postgres)
{
    private static readonly DateTimeOffset Now = new(2027, 7, 1, 3, 0, 0, TimeSpan.Zero);

    private Guid _company;
    private Guid _offer;
    private Guid _otherOffer;

    protected override async Task ArrangeAsync()
    {
        _company = await Rows.CompanyAsync(TestRows.LogisticsCrebo);
        _offer = await Rows.OfferAsync(_company, [TestRows.LogisticsCrebo], new(2025, 2, 1), new(2027, 12, 31), places: 50);
        _otherOffer = await Rows.OfferAsync(_company, [TestRows.LogisticsCrebo], new(2025, 2, 1), new(2027, 12, 31), places: 50);
    }

    [Fact]
    public async Task A_student_without_activity_for_twelve_months_is_erased_with_its_placements_audit_rows_and_stored_response()
    {
        var erased = await StudentAsync(monthsAgo: 13);
        var placement = await PlacementAsync(erased, "declined", monthsAgo: 13);
        await ViewAsync(erased, monthsAgo: 1);
        await Rows.ExecuteAsync("""
            INSERT INTO idempotency_requests (scope, idempotency_key, fingerprint, status, response_headers, expires_at)
            VALUES ('key', 'create', '\x00', 'completed', jsonb_build_object('Location', '/v1/students/' || $1::text), now() + interval '1 day')
            """, erased);
        var kept = await StudentAsync(monthsAgo: 11);

        var counts = await RetainAsync();

        Assert.Equal(1, counts.Students);
        Assert.Equal(0, await CountAsync("students WHERE id = $1", erased));
        Assert.Equal(0, await CountAsync("placements WHERE id = $1", placement));
        Assert.Equal(0, await CountAsync("student_views WHERE student_id = $1", erased));
        Assert.Equal(0, await CountAsync("idempotency_requests"));
        Assert.Equal(1, await CountAsync("students WHERE id = $1", kept));
        // As every erasure: a delete in the change sequence, which every node's index follows.
        Assert.Equal(1, await CountAsync("changes WHERE entity = 'student' AND entity_id = $1 AND operation = 'delete'", erased));
    }

    [Fact]
    public async Task A_placement_that_changed_recently_or_holds_a_place_keeps_an_old_student()
    {
        var endedRecently = await StudentAsync(monthsAgo: 30, status: "placed");
        await PlacementAsync(endedRecently, "ended", monthsAgo: 11);
        var stillPlaced = await StudentAsync(monthsAgo: 30, status: "placed");
        await PlacementAsync(stillPlaced, "active", monthsAgo: 30);

        var counts = await RetainAsync();

        Assert.Equal(0, counts.Students);
        Assert.Equal(2, await CountAsync("students"));
        Assert.Equal(2, await CountAsync("placements"));
    }

    [Fact]
    public async Task A_placed_student_is_erased_twelve_months_after_its_placement_ended()
    {
        var placed = await StudentAsync(monthsAgo: 20, status: "placed");
        var ended = await PlacementAsync(placed, "ended", monthsAgo: 13);
        var acceptedOfOther = await PlacementAsync(await StudentAsync(monthsAgo: 1), "accepted", monthsAgo: 13);

        var counts = await RetainAsync();

        Assert.Equal(1, counts.Students);
        Assert.Equal(0, await CountAsync("students WHERE id = $1", placed));
        Assert.Equal(0, await CountAsync("placements WHERE id = $1", ended));
        Assert.Equal(1, await CountAsync("placements WHERE id = $1", acceptedOfOther));
    }

    [Fact]
    public async Task Placements_that_hold_no_place_are_deleted_twelve_months_after_their_last_change()
    {
        var student = await StudentAsync(monthsAgo: 1);
        var old = new[]
        {
            await PlacementAsync(student, "ended", monthsAgo: 13),
            await PlacementAsync(student, "cancelled", monthsAgo: 13),
            await PlacementAsync(student, "proposed", monthsAgo: 13),
            await AnonymousPlacementAsync("ended", monthsAgo: 13),
        };
        var recent = await PlacementAsync(student, "declined", monthsAgo: 11);
        var holding = await PlacementAsync(student, "accepted", monthsAgo: 30, offer: _otherOffer);

        var counts = await RetainAsync();

        Assert.Equal(4, counts.Placements);
        Assert.Equal(0, await CountAsync("placements WHERE id = ANY ($1)", old));
        Assert.Equal(2, await CountAsync("placements WHERE id = ANY ($1)", new[] { recent, holding }));
        Assert.Equal(1, await CountAsync("students WHERE id = $1", student));
    }

    [Fact]
    public async Task Audit_rows_older_than_twenty_four_months_are_deleted()
    {
        var student = await StudentAsync(monthsAgo: 1);
        await ViewAsync(student, monthsAgo: 25);
        await ViewAsync(student, monthsAgo: 25);
        await ViewAsync(student, monthsAgo: 23);

        var counts = await RetainAsync();

        Assert.Equal(2, counts.AuditRows);
        Assert.Equal(1, await CountAsync("student_views WHERE student_id = $1", student));
    }

    [Fact]
    public async Task Finished_report_deliveries_older_than_twenty_six_weeks_are_deleted_and_open_ones_kept()
    {
        var subscription = await SubscriptionAsync();
        await DeliveryAsync(subscription, "2026-W40", "delivered", weeksAgo: 27);
        await DeliveryAsync(subscription, "2026-W41", "failed", weeksAgo: 27);
        var recent = await DeliveryAsync(subscription, "2026-W42", "delivered", weeksAgo: 25);
        var open = await DeliveryAsync(subscription, "2026-W43", "pending", weeksAgo: 30);

        var counts = await RetainAsync();

        Assert.Equal(2, counts.Deliveries);
        Assert.Equal(2, await CountAsync("report_deliveries WHERE id = ANY ($1)", new[] { recent, open }));
        Assert.Equal(2, await CountAsync("report_deliveries"));
    }

    [Fact]
    public async Task A_second_run_erases_and_deletes_nothing_more()
    {
        var student = await StudentAsync(monthsAgo: 13);
        await PlacementAsync(student, "ended", monthsAgo: 13);
        var kept = await StudentAsync(monthsAgo: 1);
        await PlacementAsync(kept, "ended", monthsAgo: 13);
        await ViewAsync(kept, monthsAgo: 25);
        await DeliveryAsync(await SubscriptionAsync(), "2026-W40", "delivered", weeksAgo: 27);
        Assert.Equal(new RetentionCounts(1, 1, 1, 1), await RetainAsync());
        var changes = await CountAsync("changes");

        var second = await RetainAsync();

        Assert.Equal(new RetentionCounts(0, 0, 0, 0), second);
        Assert.Equal(changes, await CountAsync("changes"));
        Assert.Equal(1, await CountAsync("students"));
    }

    [Fact]
    public async Task More_students_than_a_batch_are_all_erased()
    {
        var ids = await Rows.StudentsAsync(RetentionJob.BatchSize * 2 + 1, TestRows.LogisticsCrebo, TestRows.RotterdamPc4, new(2026, 2, 1));
        await Rows.ExecuteAsync("UPDATE students SET updated_at = $1", Now.AddMonths(-13));

        var counts = await RetainAsync();

        Assert.Equal(ids.Count, counts.Students);
        Assert.Equal(0, await CountAsync("students"));
    }

    [Fact]
    public void The_periods_default_to_twelve_twelve_and_twenty_four_months_and_twenty_six_weeks_and_must_be_positive()
    {
        var defaults = new RetentionOptions();

        Assert.Equal((12, 12, 24, 26), (defaults.StudentMonths, defaults.PlacementMonths, defaults.AuditMonths, defaults.DeliveryWeeks));
        Assert.Empty(defaults.Problems());
        Assert.Equal(["Retention:AuditMonths must be between 1 and 1200."], new RetentionOptions { AuditMonths = 0 }.Problems());
        Assert.Equal(["Retention:DeliveryWeeks must be between 1 and 5200."], new RetentionOptions { DeliveryWeeks = -1 }.Problems());
    }

    private Task<RetentionCounts> RetainAsync() =>
        new RetentionJob(new StudentErasure(Database), Database, TimeProvider.System, Options.Create(new RetentionOptions()), NullLogger<RetentionJob>.Instance)
            .RetainAsync(Now, CancellationToken.None);

    private async Task<Guid> StudentAsync(int monthsAgo, string status = "seeking")
    {
        var id = (await Rows.StudentsAsync(1, TestRows.LogisticsCrebo, TestRows.RotterdamPc4, new(2026, 2, 1), status: status))[0];
        await Rows.ExecuteAsync("UPDATE students SET updated_at = $2 WHERE id = $1", id, Now.AddMonths(-monthsAgo));
        return id;
    }

    // What an erasure leaves of a student's accepted placement, once the expiry job ended it.
    private async Task<Guid> AnonymousPlacementAsync(string status, int monthsAgo)
    {
        var id = await PlacementAsync(await StudentAsync(monthsAgo: 1), status, monthsAgo);
        await Rows.ExecuteAsync("UPDATE placements SET student_id = NULL, updated_at = $2 WHERE id = $1", id, Now.AddMonths(-monthsAgo));
        return id;
    }

    private async Task<Guid> PlacementAsync(Guid student, string status, int monthsAgo, Guid? offer = null)
    {
        var id = await Rows.PlacementAsync(student, offer ?? _offer, status, new(2025, 2, 1), new(2025, 6, 30));
        await Rows.ExecuteAsync("UPDATE placements SET updated_at = $2 WHERE id = $1", id, Now.AddMonths(-monthsAgo));
        return id;
    }

    private Task ViewAsync(Guid student, int monthsAgo) =>
        Rows.ExecuteAsync("""
            INSERT INTO student_views (student_id, offer_id, key_id, company_kvk, context, viewed_at) VALUES ($1, $2, 'company-key', '12345678', 'candidates', $3)
            """, student, _offer, Now.AddMonths(-monthsAgo));

    private async Task<Guid> SubscriptionAsync()
    {
        var key = await Rows.ScalarAsync<Guid>("""
            INSERT INTO api_keys (id, key_id, secret_hash, name, role, regions) VALUES (gen_random_uuid(), 'coordinator', '\x00', 'Rijnmond', 'coordinator', '{rijnmond}')
            RETURNING id
            """);
        return await Rows.ScalarAsync<Guid>("""
            INSERT INTO subscriptions (id, api_key_id, email) VALUES (gen_random_uuid(), $1, 'coordinator@example.org') RETURNING id
            """, key);
    }

    private Task<Guid> DeliveryAsync(Guid subscription, string week, string status, int weeksAgo) =>
        Rows.ScalarAsync<Guid>("""
            INSERT INTO report_deliveries (id, subscription_id, iso_week, channel, status, updated_at) VALUES (gen_random_uuid(), $1, $2, 'email', $3, $4)
            RETURNING id
            """, subscription, week, status, Now.AddDays(-7 * weeksAgo));

    private Task<long> CountAsync(string from, params object?[] values) => Rows.ScalarAsync<long>($"SELECT count(*) FROM {from}", values);
}
