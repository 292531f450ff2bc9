using System.Diagnostics.Metrics;
using Matching.Api.Indexing;
using Matching.Jobs.Telemetry;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Matching.Api.Students;

/// <summary>
/// The students this node has read lately, so that asking for a student's matches again needs no read of the student's
/// row. Every answer is as current as the database's: a request first learns the latest change committed before it came in
/// (<see cref="ChangeBarrier"/>, one small query shared by the requests of that moment), and the cache answers only when
/// the node has applied the change sequence up to there, having forgotten each student a change names. A write through
/// any node is therefore seen by the next request on every node; a node behind the sequence reads the row instead.
/// </summary>
internal sealed class StudentCache : IChangeObserver, IDisposable
{
    public const string Entity = "student";

    private readonly StudentRepository _students;
    private readonly IndexSynchronizer _synchronizer;
    private readonly MatchIndexes _indexes;
    private readonly ChangeBarrier _barrier;
    private readonly MemoryCache? _cache;
    private readonly Counter<long> _reads;

    private static readonly KeyValuePair<string, object?> Memory = new("source", "memory");
    private static readonly KeyValuePair<string, object?> Database = new("source", "database");

    // Counts the batches of student changes applied: a row read before one is only kept if none came in between.
    private long _generation;

    public StudentCache(StudentRepository students, IndexSynchronizer synchronizer, MatchIndexes indexes, ChangeBarrier barrier,
        IOptions<IndexingOptions> options, IMeterFactory meters)
    {
        _students = students;
        _synchronizer = synchronizer;
        _indexes = indexes;
        _barrier = barrier;
        _cache = options.Value.StudentCacheSize > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.StudentCacheSize }) : null;
        _reads = meters.Create(MatchingTelemetry.Name).CreateCounter<long>("matching.student.reads", "{student}",
            "Students read for a request (a student's matches or diagnosis), by where they came from: this node's memory, or the database (not held yet, or the node is behind the change sequence).");
        synchronizer.Subscribe(this);
    }

    /// <summary>The student as the database holds it now; null when there is no such student.</summary>
    public async Task<Student?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (_cache is null || !_synchronizer.IsCaughtUp || await _barrier.LatestSeqAsync() > _indexes.AppliedSeq)
        {
            _reads.Add(1, Database);
            return await _students.FindAsync(id, cancellationToken);
        }
        if (_cache.TryGetValue(id, out Student? cached))
        {
            _reads.Add(1, Memory);
            return cached;
        }
        _reads.Add(1, Database);
        var generation = Interlocked.Read(ref _generation);
        var stored = await _students.FindAsync(id, cancellationToken);
        if (stored is not null && Interlocked.Read(ref _generation) == generation)
        {
            _cache.Set(id, stored, new MemoryCacheEntryOptions { Size = 1 });
        }
        return stored;
    }

    public void Observe(IReadOnlyList<Change> changes)
    {
        if (_cache is null)
        {
            return;
        }
        var any = false;
        foreach (var change in changes)
        {
            if (change.Entity == Entity)
            {
                _cache.Remove(change.EntityId);
                any = true;
            }
        }
        if (any)
        {
            Interlocked.Increment(ref _generation);
        }
    }

    public void Dispose() => _cache?.Dispose();
}
