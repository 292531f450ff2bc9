using System.Collections.Concurrent;
using Matching.Api.ApiKeys;
using Matching.Api.Indexing;

namespace Matching.Api.Auth;

/// <summary>
/// The active API keys this node has checked, so that a request is authenticated without a database read. Issuing or
/// revoking a key is a change in the change sequence (migration 012); the node forgets every cached key when it applies
/// one, so a revoked key is refused on every node once that node has followed the sequence to the revocation (within
/// moments: the sequence wakes the nodes by NOTIFY). A node that is not following the sequence (its synchronizer has
/// not caught up for a while) reads every key from the database again, as it did before there was a cache.
/// </summary>
internal sealed class ApiKeyCache : IChangeObserver
{
    public const string Entity = "api_key";

    private readonly ApiKeyRepository _keys;
    private readonly IndexSynchronizer _synchronizer;

    // Only keys found active are kept: there are as many as were ever issued, while unknown ids are the attacker's choice.
    private readonly ConcurrentDictionary<string, StoredApiKey> _active = new(StringComparer.Ordinal);

    // Counts the times the cache was emptied: a key read from the database before a change is only kept if none came in between.
    private long _generation;

    public ApiKeyCache(ApiKeyRepository keys, IndexSynchronizer synchronizer)
    {
        _keys = keys;
        _synchronizer = synchronizer;
        // Nothing is cached yet: changes applied before this are of no concern to it.
        synchronizer.Subscribe(this);
    }

    /// <summary>The active key with this id, or null when there is none (unknown or revoked).</summary>
    public async Task<StoredApiKey?> FindActiveAsync(string keyId, CancellationToken cancellationToken)
    {
        if (!_synchronizer.IsCaughtUp)
        {
            return await _keys.FindActiveByKeyIdAsync(keyId, cancellationToken);
        }
        if (_active.TryGetValue(keyId, out var cached))
        {
            return cached;
        }
        var generation = Interlocked.Read(ref _generation);
        var stored = await _keys.FindActiveByKeyIdAsync(keyId, cancellationToken);
        if (stored is not null && Interlocked.Read(ref _generation) == generation)
        {
            _active.TryAdd(keyId, stored);
        }
        return stored;
    }

    public void Observe(IReadOnlyList<Change> changes)
    {
        // Keys change rarely (issued, revoked): forgetting all of them then costs one read per key afterwards.
        if (changes.Any(change => change.Entity == Entity))
        {
            Forget();
        }
    }

    /// <summary>Forgets every cached key: the next request with each reads it from the database again.</summary>
    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        _active.Clear();
    }
}
