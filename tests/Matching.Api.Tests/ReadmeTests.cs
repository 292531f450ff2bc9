using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Matching.Api.Http;
using Matching.Api.Matches;
using Matching.Api.OfferSearch;
using Matching.Api.Students;
using Matching.Demo;
using Matching.Engine.Search;
using Matching.Jobs;
using Matching.Jobs.Retention;

namespace Matching.Api.Tests;

// What README.md says that the code decides: where its commands find the service and the keys, and the page sizes.
public sealed class ReadmeTests
{
    [Fact]
    public void The_commands_follow_PORT_and_find_the_data_folder_from_any_directory_of_the_clone()
    {
        var lines = Readme.ShellBlocks().SelectMany(block => block.Split('\n')).ToList();

        Assert.DoesNotContain(lines, line => line.Contains("127.0.0.1:8080", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("'.data/", StringComparison.Ordinal) || line.Contains(" .data/", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("> report.html", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("> \"${TMPDIR:-/tmp}/report.html\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_walkthrough_sets_the_address_and_the_keys_once_and_uses_the_demo_company_crebo_and_postcode()
    {
        var block = Readme.ShellBlockUnder("### Your first requests");

        Assert.Equal(["BASE=http://127.0.0.1:${PORT:-8080}", "KEYS=$(git rev-parse --show-toplevel)/.data/demo-keys.json"],
            block.Split('\n').Where(line => line.StartsWith("BASE=", StringComparison.Ordinal) || line.StartsWith("KEYS=", StringComparison.Ordinal)));
        Assert.Contains($"\"crebo\": {DemoWalkthrough.Crebo}, \"level\": 2, \"learningPath\": \"{DemoWalkthrough.LearningPath}\", \"pc4\": {DemoWalkthrough.Pc4}", block);
        Assert.Contains($"\"crebos\": [{DemoWalkthrough.Crebo}]", block);
    }

    [Fact]
    public void The_walkthrough_shows_three_201s_with_Location_and_ETag_and_the_offer_among_the_matches()
    {
        var shown = Readme.Section("### Your first requests");

        Assert.Equal(["students", "offers", "placements"], Readme.CreatedLine().Matches(shown).Select(m => m.Groups["kind"].Value));
        Assert.Contains(shown.Split('\n'), line => line.EndsWith("<- the new offer", StringComparison.Ordinal));
        Assert.Contains("All three answers are `201 Created` with the stored resource, its `Location` and its `ETag`", Readme.Prose);
    }

    [Fact]
    public void The_page_sizes_are_those_the_validation_enforces()
    {
        var lists = MaxOf(typeof(PagedQuery), nameof(PagedQuery.Limit));
        var matches = MaxOf(typeof(MatchQuery), nameof(MatchQuery.Limit));
        var batch = MaxOf(typeof(BatchMatchRequest), nameof(BatchMatchRequest.Limit));
        var window = SearchRequest.MaxWindow.ToString("N0", CultureInfo.InvariantCulture);

        Assert.Equal(matches, MaxOf(typeof(OfferSearchRequest), nameof(OfferSearchRequest.Limit)));
        Assert.Contains($"**Lists** take `limit` 1-{lists} (default {new StudentListQuery().Take})", Readme.Prose);
        Assert.Contains($"take `limit` 1-{matches} (default {new MatchQuery().Take}) and `offset` 0-{window}", Readme.Prose);
        Assert.Contains($"offset + limit at most {window}", Readme.Prose);
        Assert.Contains($"`limit` 1-{batch} per student", Readme.Prose);
        Assert.Contains($"pages up to {lists} items ({matches} for matches, candidates and search)", Readme.Prose);
    }

    [Fact]
    public void The_students_rights_state_every_retention_period_as_the_service_defaults_it()
    {
        var retention = new RetentionOptions();
        var jobs = new JobsOptions();

        Assert.Contains($"`Retention__StudentMonths`, {retention.StudentMonths} months", Readme.Prose);
        Assert.Contains($"`Retention__PlacementMonths`, {retention.PlacementMonths} months", Readme.Prose);
        Assert.Contains($"`Retention__AuditMonths`, {retention.AuditMonths} months", Readme.Prose);
        Assert.Contains($"`Retention__DeliveryWeeks`, {retention.DeliveryWeeks} weeks", Readme.Prose);
        Assert.Contains($"`Jobs__HistoryDays`, {jobs.HistoryDays} days", Readme.Prose);
        Assert.Contains($"| {retention.StudentMonths}, {retention.PlacementMonths}, {retention.AuditMonths}, {retention.DeliveryWeeks} |", Readme.Prose);
        Assert.Contains($"`{jobs.RetentionCron}`, Europe/Amsterdam |", Readme.Prose);
    }

    private static int MaxOf(Type type, string property) =>
        Convert.ToInt32(type.GetProperty(property)!.GetCustomAttribute<RangeAttribute>()!.Maximum, CultureInfo.InvariantCulture);
}
