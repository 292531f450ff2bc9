using System.Collections.Immutable;
using System.Diagnostics.Metrics;
using System.Runtime;
using Matching.Engine.Index;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Api.Indexing;

/// <summary>
/// Loads this node's match indexes at start-up and then follows the change sequence: woken by
/// LISTEN/NOTIFY, with polling as the safety net, so that a write through any node shows in
/// matches on every node within about a second. Changes only say what changed; the current rows
/// are read again, which makes applying a change twice harmless.
/// </summary>
internal sealed class IndexSynchronizer(
    MatchIndexes indexes, IndexSource source, ChangeFeed feed, IndexSnapshots snapshots, NpgsqlDataSource dataSource,
    IOptions<IndexingOptions> options, TimeProvider clock, IMeterFactory meters, ILogger<IndexSynchronizer> logger) : BackgroundService
{
    private const int BatchSize = 2_000;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly TimeSpan _pollInterval = TimeSpan.FromMilliseconds(options.Value.PollIntervalMilliseconds);
    private readonly IndexSyncMetrics _sync = new(indexes, clock, meters);
    private volatile bool _loaded;
    private bool _snapshotRead;
    // The change of the snapshot the indexes were restored from; null when they were rebuilt.
    private long? _restoredAt;
    private bool _filled;
    private ImmutableArray<IChangeObserver> _observers = [];

    /// <summary>Shows <paramref name="observer"/> every batch of changes applied from now on, before it is marked applied.</summary>
    public void Subscribe(IChangeObserver observer) => ImmutableInterlocked.Update(ref _observers, observers => observers.Add(observer));

    /// <summary>True once the indexes were loaded and a catch-up succeeded recently.</summary>
    public bool IsCaughtUp => _loaded && _sync.SinceCaughtUp < _pollInterval * 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!_loaded)
                {
                    await LoadAsync(stoppingToken);
                }
                await FollowAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Index synchronisation paused: {Message}", exception.Message);
                await Task.Delay(RetryDelay, clock, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Only once the loop has ended is no change being applied, so that the indexes hold one consistent state.
        if (_loaded && ExecuteTask is { IsCompleted: true })
        {
            await snapshots.WriteOnStopAsync(cancellationToken);
        }
    }

    // From the snapshot when it can be trusted, else rebuilt from the database; then caught up with the changes since.
    // A retry after a database error goes on from what the failed attempt finished.
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        if (!_filled)
        {
            if (!_snapshotRead)
            {
                _restoredAt = await snapshots.TryRestoreAsync(cancellationToken);
                _snapshotRead = true;
            }
            if (_restoredAt is null)
            {
                await RebuildAsync(cancellationToken);
            }
            _filled = true;
        }
        await CatchUpAsync(cancellationToken);
        _loaded = true;
        logger.LogInformation("Match indexes loaded: {Offers} offers, {Students} students in {Elapsed} ms, {Source}",
            indexes.Offers.Count, indexes.Students.Count, (int)clock.GetElapsedTime(started).TotalMilliseconds,
            _restoredAt is { } seq ? $"from the snapshot at change {seq} and the changes after it" : "rebuilt from the database");
        snapshots.WriteIfDue();
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        // Everything numbered up to here is in the rows read next; later changes are replayed after.
        var seq = await feed.LatestSeqAsync(cancellationToken);
        _sync.SawLatest(seq);
        // One index after the other: loading both at once was no faster on two cores and peaked higher.
        await MatchIndexLoader.LoadOffersAsync(indexes, source.OpenOffersAsync(cancellationToken));
        await MatchIndexLoader.LoadStudentsAsync(indexes, source.SeekingStudentsAsync(cancellationToken));
        indexes.MarkApplied(seq);
    }

    private async Task FollowAsync(CancellationToken cancellationToken)
    {
        await using var listener = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {ChangeFeed.Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await CatchUpAsync(cancellationToken);
                snapshots.WriteIfDue();
                // Returns on a notification or after the poll interval, whichever comes first.
                await listener.WaitAsync(_pollInterval, cancellationToken);
            }
        }
        finally
        {
            await UnlistenAsync(listener);
        }
    }

    // Pooled connections are not reset (StorageSetup), so the listener stops listening before its connection goes back to the pool.
    private static async Task UnlistenAsync(NpgsqlConnection listener)
    {
        if (listener.FullState != System.Data.ConnectionState.Open)
        {
            return;
        }
        try
        {
            await using var unlisten = new NpgsqlCommand("UNLISTEN *", listener);
            await unlisten.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // A broken connection is not returned to the pool.
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var changes = await feed.ReadAfterAsync(indexes.AppliedSeq, BatchSize, cancellationToken);
            // A full batch may be followed by many more changes: one max(seq) on the sequence's index says how many.
            _sync.SawLatest(changes.Count == BatchSize ? await feed.LatestSeqAsync(cancellationToken) : changes.Count > 0 ? changes[^1].Seq : 0);
            if (changes.Count > 0)
            {
                await ApplyAsync(changes, cancellationToken);
                foreach (var observer in _observers)
                {
                    observer.Observe(changes);
                }
                indexes.MarkApplied(changes[^1].Seq);
            }
            _sync.CaughtUp();
            if (changes.Count < BatchSize)
            {
                return;
            }
        }
    }

    private async Task ApplyAsync(IReadOnlyList<Change> changes, CancellationToken cancellationToken)
    {
        var students = new HashSet<Guid>();
        var offers = new HashSet<Guid>();
        var companies = new HashSet<Guid>();
        foreach (var change in changes)
        {
            switch (change.Entity)
            {
                case "student":
                    students.Add(change.EntityId);
                    break;
                case "offer":
                    offers.Add(change.EntityId);
                    break;
                case "placement" when change.RelatedId is { } offer:
                    offers.Add(offer);
                    break;
                case "company":
                    companies.Add(change.EntityId);
                    break;
                case "accreditation" when change.RelatedId is { } company:
                    companies.Add(company);
                    break;
            }
        }
        await ApplyRowsAsync(students, source.StudentsAsync([.. students], cancellationToken), r => r.Id, indexes.Apply, id => indexes.Students.Delete(id));
        await ApplyRowsAsync(offers, source.OffersAsync([.. offers], cancellationToken), r => r.Id, indexes.Apply, indexes.RemoveOffer);
        if (companies.Count > 0)
        {
            await foreach (var offer in source.OffersOfCompaniesAsync([.. companies], cancellationToken))
            {
                indexes.Apply(offer);
            }
        }
    }

    // Applies the rows that still exist and deletes the ids whose row is gone.
    private static async Task ApplyRowsAsync<T>(HashSet<Guid> ids, IAsyncEnumerable<T> rows, Func<T, Guid> idOf, Action<T> apply, Action<Guid> delete)
    {
        if (ids.Count == 0)
        {
            return;
        }
        var seen = new HashSet<Guid>();
        await foreach (var row in rows)
        {
            apply(row);
            seen.Add(idOf(row));
        }
        foreach (var id in ids.Where(id => !seen.Contains(id)))
        {
            delete(id);
        }
    }
}
