using Matching.Jobs.Expiry;
using Matching.Jobs.Tests.Infrastructure;
using Matching.Tests;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matching.Jobs.Tests.Expiry;

/// <summary>The daily expiry's two UPDATEs, on offers and placements that end before, on and after the day it runs.</summary>
public sealed class ExpireJobTests(PostgresServer postgres) : DatabaseTest(postgres)
{
    private static readonly DateOnly Today = new(2027, 7, 1);

    private readonly Dictionary<string, Guid> _offers = [];
    private readonly Dictionary<string, Guid> _placements = [];

    protected override async Task ArrangeAsync()
    {
        var company = await Rows.CompanyAsync(TestRows.LogisticsCrebo);
        async Task<Guid> Offer(string name, DateOnly end, string status = "open") =>
            _offers[name] = await Rows.OfferAsync(company, [TestRows.LogisticsCrebo], new(2027, 2, 1), end, places: 9, status: status);
        var ended = await Offer("ended yesterday", new(2027, 6, 30));
        await Offer("ended in March", new(2027, 3, 31));
        var endsToday = await Offer("ends today", Today);
        await Offer("closed already", new(2027, 6, 30), status: "closed");
        var later = await Offer("ends in December", new(2027, 12, 31));

        var students = await Rows.StudentsAsync(6, TestRows.LogisticsCrebo, TestRows.RotterdamPc4, new(2027, 2, 1), status: "placed");
        async Task Placement(int student, Guid offer, string status, DateOnly end) =>
            _placements[$"{status} until {end:yyyy-MM-dd}"] = await Rows.PlacementAsync(students[student], offer, status, new(2027, 2, 1), end);
        await Placement(0, ended, "accepted", new(2027, 6, 30));
        await Placement(1, ended, "active", new(2027, 6, 15));
        await Placement(2, ended, "proposed", new(2027, 6, 30));
        await Placement(3, ended, "declined", new(2027, 6, 30));
        await Placement(4, endsToday, "active", Today);
        await Placement(5, later, "accepted", new(2027, 12, 31));
    }

    [Fact]
    public async Task Open_offers_that_ended_before_today_are_closed_once()
    {
        var (offers, _) = await ExpireAsync();

        Assert.Equal(2, offers);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["ended yesterday"] = "closed 2",
                ["ended in March"] = "closed 2",
                ["ends today"] = "open 1",
                ["closed already"] = "closed 1",
                ["ends in December"] = "open 1",
            },
            await StatesAsync("offers", _offers));
    }

    [Fact]
    public async Task Accepted_and_active_placements_that_ended_before_today_end()
    {
        var (_, placements) = await ExpireAsync();

        Assert.Equal(2, placements);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["accepted until 2027-06-30"] = "ended 2",
                ["active until 2027-06-15"] = "ended 2",
                ["proposed until 2027-06-30"] = "proposed 1",
                ["declined until 2027-06-30"] = "declined 1",
                ["active until 2027-07-01"] = "active 1",
                ["accepted until 2027-12-31"] = "accepted 1",
            },
            await StatesAsync("placements", _placements));
    }

    [Fact]
    public async Task A_second_run_the_same_day_changes_nothing()
    {
        await ExpireAsync();
        var offers = await StatesAsync("offers", _offers);
        var placements = await StatesAsync("placements", _placements);

        var again = await ExpireAsync();

        Assert.Equal((0, 0), again);
        Assert.Equal(offers, await StatesAsync("offers", _offers));
        Assert.Equal(placements, await StatesAsync("placements", _placements));
    }

    private Task<(int Offers, int Placements)> ExpireAsync() =>
        new ExpireJob(Database, TimeProvider.System, Options.Create(new JobsOptions()), NullLogger<ExpireJob>.Instance)
            .ExpireAsync(Today, CancellationToken.None);

    /// <summary>Each named row's status and version, as "closed 2".</summary>
    private async Task<Dictionary<string, string>> StatesAsync(string table, Dictionary<string, Guid> rows)
    {
        var states = new Dictionary<string, string>();
        foreach (var (name, id) in rows)
        {
            states[name] = await Rows.ScalarAsync<string>($"SELECT status || ' ' || version FROM {table} WHERE id = $1", id);
        }
        return states;
    }
}
