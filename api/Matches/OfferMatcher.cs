using System.Diagnostics.Metrics;
using Matching.Api.Indexing;
using Matching.Api.Reference;
using Matching.Api.Students;
using Matching.Api.Telemetry;
using Matching.Engine.Search;
using Microsoft.Extensions.Options;

namespace Matching.Api.Matches;

/// <summary>Ranks the open offers for a student on this node's offer index; the page shows the index's offer summaries, with no database read.</summary>
internal sealed class OfferMatcher(MatchIndexes indexes, ReferenceDataSet reference, QualificationSuccessors successors, IOptions<MatchOptions> options, TimeProvider clock,
    IMeterFactory meters)
{
    private const int FirstWindow = 100;

    private readonly Histogram<double> _duration = QueryLatency.Create(meters, "matching.match.duration",
        "How long a student's matches took on this node's offer index, the page of offer summaries included (one per student of a batch).");

    public StudentMatchPage Match(Student student, MatchQuery query)
    {
        var started = clock.GetTimestamp();
        var (results, qualification, notice) = Search(student, query);
        var items = Items(results);
        _duration.Record(clock.GetElapsedTime(started).TotalSeconds);
        return new StudentMatchPage(items, results.TotalHits, query.Take, query.Skip, qualification, notice);
    }

    /// <summary>
    /// The student's first <paramref name="count"/> matches, best first, as <see cref="Match"/> ranks them, without the
    /// total: for the alerts, which only ask whether an offer is among them, so the engine need not count every match.
    /// </summary>
    public IReadOnlyList<MatchResult> Best(Student student, int count)
    {
        var started = clock.GetTimestamp();
        var items = Items(Search(student, new MatchQuery { Limit = count }, totalHitsThreshold: 0).Results);
        _duration.Record(clock.GetElapsedTime(started).TotalSeconds);
        return items;
    }

    /// <summary>Every eligible offer for the student (up to the engine's window of 10,000), best first, with no page of summaries: for a placement round.</summary>
    public IReadOnlyList<SearchHit> RankAll(Student student)
    {
        // Most students have a few dozen eligible offers: a small first window, and a second query only when it was too small.
        var first = Search(student, new MatchQuery { Limit = FirstWindow }).Results;
        return first.TotalHits <= FirstWindow ? first.Hits
            : Search(student, new MatchQuery { Limit = Math.Min(first.TotalHits, SearchRequest.MaxWindow) }).Results.Hits;
    }


    // totalHitsThreshold: matches counted exactly (SearchRequest.TotalHitsThreshold); every one unless the caller shows no total.
    private (SearchResults Results, MatchQualification Qualification, MatchNotice? Notice) Search(Student student, MatchQuery query, int totalHitsThreshold = int.MaxValue)
    {
        var (matchAs, text, qualification, notice) = MatchedQualification(student);
        var snapshot = indexes.Offers.Snapshot();
        var results = indexes.Offers.Search(snapshot, OfferMatchQueries.ForStudent(snapshot, student with { Crebo = matchAs }, text, indexes.LocationOf(student.Pc4),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), query, options.Value, totalHitsThreshold));
        return (results, qualification, notice);
    }

    private List<MatchResult> Items(SearchResults results) => indexes.WithOfferSummaries(results.Hits)
        .Select(found => new MatchResult(found.Offer, Math.Round(found.Hit.DistanceKm ?? 0, 1), found.Hit.Score, found.Hit.Explanation))
        .ToList();

    // Offers name today's crebos, so an expired crebo alone matches few or none. Where the reference data knows its
    // successor on the student's learning path, the student is matched as that (the same dossier and level), with
    // both names as the qualification text; otherwise the notice says why the offers are few.
    public (int MatchAs, string Text, MatchQualification Qualification, MatchNotice? Notice) MatchedQualification(Student student)
    {
        var crebo = student.Crebo;
        if (!reference.TryGetQualification(crebo, out var own))
        {
            return (crebo, "", new MatchQualification(crebo, "", false, crebo, ""), new MatchNotice("unknown_crebo",
                $"Crebo {crebo} is not in this service's qualification list: only offers that name crebo {crebo} can match. Register the student on a current crebo (GET /v1/qualifications)."));
        }
        if (own.Current)
        {
            return (crebo, own.Name, new MatchQualification(crebo, own.Name, true, crebo, own.Name), null);
        }

        var expired = $"Crebo {crebo} ({own.Name}) is not in today's qualification structure, so offers rarely name it";
        if (!successors.TryGetSuccessor(crebo, out var successor))
        {
            return (crebo, own.Name, new MatchQualification(crebo, own.Name, false, crebo, own.Name), new MatchNotice("expired_crebo",
                $"{expired}, and dossier {own.Dossier} has no single current qualification at level {own.Level} to match it as: only offers for crebo {crebo} match. "
                + $"Register the student on a current crebo (GET /v1/qualifications?q={Uri.EscapeDataString(own.Dossier)}&level={own.Level}&current=true)."));
        }
        if (!successor.LearningPaths.Contains(student.LearningPath))
        {
            return (crebo, own.Name, new MatchQualification(crebo, own.Name, false, crebo, own.Name), new MatchNotice("expired_crebo",
                $"{expired}, and its successor {successor.Crebo} ({successor.Name}) is not offered as {student.LearningPath}: only offers for crebo {crebo} match."));
        }
        var text = string.Equals(own.Name, successor.Name, StringComparison.OrdinalIgnoreCase) ? successor.Name : $"{own.Name} {successor.Name}";
        return (successor.Crebo, text, new MatchQualification(crebo, own.Name, false, successor.Crebo, successor.Name), new MatchNotice("matched_as_successor",
            $"{expired}: the student is matched as its successor {successor.Crebo} ({successor.Name}), the current qualification of dossier {own.Dossier} at level {own.Level}. "
            + $"Offers that name only crebo {crebo} are left out; registering the student on crebo {successor.Crebo} makes that choice explicit."));
    }
}
