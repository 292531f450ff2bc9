using System.Diagnostics;
using Matching.Api.Matches;
using Matching.Api.Rounds;
using Matching.Engine.Allocation;

namespace Matching.Bench;

// One round, step by step as RoundRunner.RunAsync, without its reads and its write: who takes part, both sides'
// preferences, deferred acceptance, maximum fill, the greedy baseline, and the blocking pairs of each result.
internal static class RoundMeasurement
{
    public static void Run(
        RoundData data, IReadOnlySet<string>? regions, DateOnly startFrom, DateOnly startUntil, ResultsFile results, string prefix,
        CancellationToken cancellationToken)
    {
        // The 1-minute load average: on a shared machine it explains slow figures.
        results.Add($"{prefix}_load_before", File.ReadAllText("/proc/loadavg").Split(' ')[0]);
        var heapBefore = ProcessMemory.ManagedHeapMegabytesAfterFullCollection();
        var rssBefore = ProcessMemory.ResidentMegabytes;
        var peakReset = ProcessMemory.TryResetPeak();
        var collectionsBefore = GC.CollectionCount(GC.MaxGeneration);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var started = Stopwatch.GetTimestamp();
        var held = Solve(data, regions, startFrom, startUntil, results, prefix, cancellationToken);
        results.Add($"{prefix}_total_seconds", Stopwatch.GetElapsedTime(started).TotalSeconds, "0.0");

        results.Add($"{prefix}_allocated_mb", (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1048576.0, "0");
        results.Add($"{prefix}_gen2_collections", GC.CollectionCount(GC.MaxGeneration) - collectionsBefore);
        results.Add($"{prefix}_rss_before_mb", rssBefore, "0");
        results.Add(peakReset ? $"{prefix}_peak_rss_mb" : $"{prefix}_peak_rss_since_start_mb", ProcessMemory.PeakResidentMegabytes, "0");
        results.Add($"{prefix}_heap_before_mb", heapBefore, "0");
        // What the round holds once solved (the scope, the preferences and the results), apart from what the engine keeps
        // after its queries (caches that the first round on an index fills).
        var heapHolding = ProcessMemory.ManagedHeapMegabytesAfterFullCollection();
        held.Clear();
        var heapAfter = ProcessMemory.ManagedHeapMegabytesAfterFullCollection();
        results.Add($"{prefix}_heap_held_mb", heapHolding - heapAfter, "0");
        results.Add($"{prefix}_heap_after_mb", heapAfter, "0");
    }

    // Returns what RoundRunner still holds when it writes the proposal, so that the caller can weigh it.
    private static List<object> Solve(
        RoundData data, IReadOnlySet<string>? regions, DateOnly startFrom, DateOnly startUntil, ResultsFile results, string prefix,
        CancellationToken cancellationToken)
    {
        var meter = new PhaseMeter(results, prefix);
        var (students, offers) = meter.Measure("scope", () => Scope(data, regions, startFrom, startUntil));
        results.Add($"{prefix}_students", students.Count);
        results.Add($"{prefix}_offers", offers.Count);
        results.Add($"{prefix}_places", offers.Sum(o => o.Places));
        cancellationToken.ThrowIfCancellationRequested();

        // The runner's call, with no explicit rankings (none are stored for a generated round).
        var studentQueries = new EngineQueryMeter("students", students.Count);
        var offerQueries = new EngineQueryMeter("offers", offers.Count);
        var preferences = meter.Measure("preferences", () => RoundPreferences.Build(students, offers,
            s => studentQueries.Time(() => data.OfferMatcher.RankAll(data.Students[students[s]])),
            o => offerQueries.Time(() => data.CandidateMatcher.RankAll(data.Offers[offers[o].Id])),
            new Dictionary<Guid, Guid[]>(), new Dictionary<Guid, string[]>(), CandidateMatcher.Pseudonym));
        var problem = preferences.Problem;
        Queries(results, $"{prefix}_student_queries", studentQueries);
        Queries(results, $"{prefix}_offer_queries", offerQueries);
        results.Add($"{prefix}_preferences_other_seconds", meter.LastSeconds - studentQueries.Seconds - offerQueries.Seconds, "0.000");
        results.Add($"{prefix}_pairs", problem.PairCount);
        cancellationToken.ThrowIfCancellationRequested();

        var stable = meter.Measure("deferred_acceptance", () => DeferredAcceptance.Solve(problem));
        var greedy = meter.Measure("greedy", () => GreedyAllocation.Solve(problem));
        var filled = meter.Measure("maximum_fill", () => MaximumFill.Apply(stable));
        // RoundRunner's summary counts the blocking pairs of the result it stores (AllocationResult.Summarize).
        var blocking = meter.Measure("blocking_pairs", () => StabilityCheck.CountBlockingPairs(stable));
        var summary = stable.Summarize();
        results.Add($"{prefix}_placed", stable.PlacedCount);
        results.Add($"{prefix}_first_choice", Enumerable.Range(0, problem.StudentCount).Count(s => stable.ChoiceOf(s) == 0));
        results.Add($"{prefix}_unplaced_no_eligible_offer", summary.UnplacedWithoutEligibleOffer);
        results.Add($"{prefix}_unplaced_preferred_offers_full", summary.Unplaced - summary.UnplacedWithoutEligibleOffer);
        results.Add($"{prefix}_blocking_pairs", blocking);
        results.Add($"{prefix}_greedy_placed", greedy.PlacedCount);
        results.Add($"{prefix}_greedy_blocking_pairs", StabilityCheck.CountBlockingPairs(greedy));
        results.Add($"{prefix}_fill_placed", filled.PlacedCount);
        results.Add($"{prefix}_fill_more", filled.PlacedCount - stable.PlacedCount);
        results.Add($"{prefix}_fill_blocking_pairs", StabilityCheck.CountBlockingPairs(filled));
        return [students, offers, preferences, stable, greedy, filled];
    }

    // As RoundProposalRepository.ScopeAsync, on every sector: seeking students living in the regions and available at
    // some time in the start period; open offers located there, starting in the period, with a free place. The
    // generated data has no placements, so every place is free. Both datasets are written in one transaction, so every
    // student has the same created_at and the registration order is the uuid order.
    private static (List<Guid> Students, List<(Guid Id, int Places)> Offers) Scope(
        RoundData data, IReadOnlySet<string>? regions, DateOnly startFrom, DateOnly startUntil)
    {
        bool InScope(int pc4) => regions is null || regions.Contains(data.Indexes.RegionOf(pc4));
        var students = data.Students.Values
            .Where(s => InScope(s.Pc4) && s.AvailableFrom <= startUntil && (s.AvailableUntil is null || s.AvailableUntil >= startFrom))
            .Select(s => s.Id)
            .Order(UuidOrder.Instance)
            .ToList();
        var offers = data.Offers.Values
            .Where(o => o.Open && InScope(o.Pc4) && o.Start >= startFrom && o.Start <= startUntil && o.FreePlaces > 0)
            .OrderBy(o => o.Id, UuidOrder.Instance)
            .Select(o => (o.Id, o.FreePlaces))
            .ToList();
        return (students, offers);
    }

    private static void Queries(ResultsFile results, string prefix, EngineQueryMeter queries)
    {
        results.Add($"{prefix}_seconds", queries.Seconds, "0.000");
        results.Add($"{prefix}_thread_cpu_seconds", queries.ThreadCpuSeconds, "0.000");
        results.Add($"{prefix}_allocated_mb", queries.AllocatedMegabytes, "0.0");
        results.Add($"{prefix}_calls", queries.Calls);
        results.Add($"{prefix}_second_window", queries.SecondQueries);
        results.Add($"{prefix}_at_max_window", queries.AtMaxWindow);
        results.Add($"{prefix}_mean_hits", (double)queries.Hits / Math.Max(1, queries.Calls), "0.0");
        results.Add($"{prefix}_max_hits", queries.MaxHits);
    }
}
