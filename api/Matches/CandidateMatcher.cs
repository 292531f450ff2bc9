using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using Matching.Api.Indexing;
using Matching.Api.Students;
using Matching.Api.Telemetry;
using Matching.Engine.Search;
using Microsoft.Extensions.Options;

namespace Matching.Api.Matches;

/// <summary>Ranks the seeking students for an offer on this node's student index.</summary>
internal sealed class CandidateMatcher(MatchIndexes indexes, IndexSource source, StudentRepository students, IOptions<MatchOptions> options, TimeProvider clock,
    IMeterFactory meters)
{
    private const int FirstWindow = 100;

    private readonly Histogram<double> _duration = QueryLatency.Create(meters, "matching.candidates.duration",
        "How long an offer's candidates took on this node's student index, the read of the page's students included.");

    /// <summary>The offer as the index sees it (with its accredited crebos), or null when it does not exist.</summary>
    public async Task<OfferIndexRow?> FindOfferAsync(Guid offerId, CancellationToken cancellationToken)
    {
        await foreach (var offer in source.OffersAsync([offerId], cancellationToken))
        {
            return offer;
        }
        return null;
    }

    /// <summary>A page of candidates, with the ids of the students shown (for the audit log; never in the answer).</summary>
    public async Task<(MatchPage<Candidate> Page, IReadOnlyList<Guid> Shown)> MatchAsync(OfferIndexRow offer, MatchQuery query, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var results = Search(offer, query);
        var stored = await students.FindManyAsync([.. results.Hits.Select(h => h.Id)], cancellationToken);
        var hits = results.Hits.Where(hit => stored.ContainsKey(hit.Id)).ToList();
        var items = hits
            .Select(hit =>
            {
                var student = stored[hit.Id];
                return new Candidate(Pseudonym(offer.Id, student.Id), student.Crebo, student.Level, student.LearningPath, student.Pc4,
                    Math.Round(hit.DistanceKm ?? 0, 1), student.AvailableFrom, student.AvailableUntil, student.FreeText, hit.Score, hit.Explanation);
            })
            .ToList();
        _duration.Record(clock.GetElapsedTime(started).TotalSeconds);
        return (new MatchPage<Candidate>(items, results.TotalHits, query.Take, query.Skip), [.. hits.Select(hit => hit.Id)]);
    }

    /// <summary>
    /// Every eligible student for the offer (up to the engine's window of 10,000), best first, from the index alone: for a
    /// placement round, or (of the given schools only) for the alerts when an offer opens.
    /// </summary>
    public IReadOnlyList<SearchHit> RankAll(OfferIndexRow offer, IReadOnlyCollection<string>? schools = null)
    {
        // A small first window, and a second query only when it was too small.
        var first = Search(offer, new MatchQuery { Limit = FirstWindow }, schools);
        return first.TotalHits <= FirstWindow ? first.Hits
            : Search(offer, new MatchQuery { Limit = Math.Min(first.TotalHits, SearchRequest.MaxWindow) }, schools).Hits;
    }


    private SearchResults Search(OfferIndexRow offer, MatchQuery query, IReadOnlyCollection<string>? schools = null)
    {
        var snapshot = indexes.Students.Snapshot();
        return indexes.Students.Search(snapshot, CandidateQueries.ForOffer(snapshot, offer, indexes.LocationOf(offer.Pc4),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), query, options.Value, schools));
    }

    // Stable per offer, so a company can refer to a candidate, but different for each offer, so
    // lists of two offers cannot be joined into a profile.
    public static string Pseudonym(Guid offerId, Guid studentId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes($"{offerId:N}{studentId:N}")))[..16];
}
