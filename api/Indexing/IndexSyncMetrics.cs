using System.Diagnostics.Metrics;
using Matching.Jobs.Telemetry;

namespace Matching.Api.Indexing;

/// <summary>
/// How far this node's indexes follow the change sequence, as the synchronizer sees it, and what they hold: read by the
/// metrics (documents per index, lag, time since the last catch-up) and by the readiness check.
/// </summary>
internal sealed class IndexSyncMetrics
{
    private readonly TimeProvider _clock;
    // Until the first catch-up, the time of start-up: a node that never catches up shows a growing age.
    private long _caughtUpTicks;
    private long _latestSeq;

    public IndexSyncMetrics(MatchIndexes indexes, TimeProvider clock, IMeterFactory meters)
    {
        _clock = clock;
        _caughtUpTicks = clock.GetUtcNow().UtcTicks;
        var meter = meters.Create(MatchingTelemetry.Name);
        meter.CreateObservableGauge("matching.index.documents",
            () => new Measurement<int>[] { new(indexes.Offers.Count, Index("offers")), new(indexes.Students.Count, Index("students")) },
            "{document}", "Documents in this node's match indexes: open offers and seeking students.");
        meter.CreateObservableGauge("matching.index.lag", () => Math.Max(0, Interlocked.Read(ref _latestSeq) - indexes.AppliedSeq),
            "{change}", "Changes in the change sequence, as this node last read it, that its indexes have not applied yet.");
        meter.CreateObservableGauge("matching.index.sync.age", () => SinceCaughtUp.TotalSeconds,
            "s", "Time since this node last read the change sequence and applied what it found; it grows while the database cannot be read.");
    }

    public TimeSpan SinceCaughtUp => TimeSpan.FromTicks(_clock.GetUtcNow().UtcTicks - Interlocked.Read(ref _caughtUpTicks));

    /// <summary>The change sequence reaches at least this number.</summary>
    public void SawLatest(long seq)
    {
        // Only the synchronizer writes, so the read and the write need no loop.
        if (seq > Interlocked.Read(ref _latestSeq))
        {
            Interlocked.Exchange(ref _latestSeq, seq);
        }
    }

    public void CaughtUp() => Interlocked.Exchange(ref _caughtUpTicks, _clock.GetUtcNow().UtcTicks);

    private static KeyValuePair<string, object?> Index(string name) => new("index", name);
}
