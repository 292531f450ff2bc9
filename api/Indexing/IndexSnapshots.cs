using Microsoft.Extensions.Options;
using Npgsql;

namespace Matching.Api.Indexing;

/// <summary>
/// This node's snapshot of its match indexes (<see cref="IndexingOptions.SnapshotDirectory"/>): read at start-up
/// instead of a rebuild from the database when it can be trusted, written after a rebuild, then at most every
/// <see cref="IndexingOptions.SnapshotIntervalMinutes"/> while the indexes change, and at shutdown.
/// </summary>
/// <remarks>
/// A snapshot is used only when it is whole (its checksum), of this format and build, and the database still holds
/// the change it was taken at, unchanged: then the changes after it are all there to catch up with. Anything else
/// (no file, a truncated or damaged one, one from another database or older than the changes kept) means a rebuild,
/// and so does a snapshot so far behind that catching up would take longer than rebuilding.
/// A snapshot is written to a temporary file that replaces the old one by a rename once it is on disk, so a crash leaves
/// the old snapshot or the new one, never a part.
/// </remarks>
internal sealed class IndexSnapshots(
    MatchIndexes indexes, ChangeFeed feed, IOptions<IndexingOptions> options, TimeProvider clock, ILogger<IndexSnapshots> logger)
{
    public const string FileName = "match-indexes.snapshot";

    private readonly string? _directory = options.Value.SnapshotDirectory is { Length: > 0 } directory ? Path.GetFullPath(directory) : null;
    private readonly TimeSpan _interval = TimeSpan.FromMinutes(options.Value.SnapshotIntervalMinutes);
    private readonly int _maxChangesBehind = options.Value.SnapshotMaxChangesBehind;
    private long _writtenSeq = -1;
    private long? _lastAttempt;
    private Task _writing = Task.CompletedTask;
    private readonly Lock _finalLock = new();
    private Task? _final;

    private string FilePath => Path.Combine(_directory!, FileName);

    /// <summary>
    /// Makes the snapshot the indexes' contents when it can be trusted and returns the change it holds; null (with the
    /// reason logged) when the indexes must be rebuilt.
    /// </summary>
    public async Task<long?> TryRestoreAsync(CancellationToken cancellationToken)
    {
        if (_directory is null)
        {
            return null;
        }
        DeleteTemporaryFiles();
        if (!File.Exists(FilePath))
        {
            logger.LogInformation("No index snapshot at {Path}: the match indexes are rebuilt from the database", FilePath);
            return null;
        }
        try
        {
            await using var stream = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            var input = new Engine.Index.IndexInput(stream);
            var anchor = IndexSnapshotFile.ReadHeader(input);
            if (await feed.AnchorAsync(anchor.Seq, cancellationToken) != anchor)
            {
                throw new InvalidDataException($"The database does not hold the change the snapshot was taken at ({anchor.Seq}): it is another database, or it no longer keeps changes that old.");
            }
            var behind = await feed.LatestSeqAsync(cancellationToken) - anchor.Seq;
            if (behind >= _maxChangesBehind)
            {
                throw new InvalidDataException($"The snapshot is {behind} changes behind the database, where a rebuild is faster from {_maxChangesBehind} on.");
            }
            indexes.Restore(IndexSnapshotFile.ReadContents(input, indexes, anchor.Seq));
            _writtenSeq = anchor.Seq;
            _lastAttempt = clock.GetTimestamp();
            return anchor.Seq;
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("The index snapshot {Path} is not used, the match indexes are rebuilt from the database: {Reason}", FilePath, exception.Message);
            return null;
        }
    }

    /// <summary>
    /// Starts writing a snapshot in the background when one is due: the indexes changed since the last one and the
    /// interval has passed (at once after a rebuild). Call it only where no change is being applied.
    /// </summary>
    public void WriteIfDue()
    {
        if (_directory is null || !_writing.IsCompleted || !Changed()
            || (_lastAttempt is { } last && clock.GetElapsedTime(last) < _interval))
        {
            return;
        }
        _lastAttempt = clock.GetTimestamp();
        var snapshot = indexes.Capture();
        _writing = Task.Run(() => WriteAsync(snapshot, CancellationToken.None));
    }

    /// <summary>
    /// At shutdown, once no change is being applied: waits for a write under way, then writes what changed since. The host
    /// may stop its services twice (the test host does); both calls wait for the one final write.
    /// </summary>
    public Task WriteOnStopAsync(CancellationToken cancellationToken)
    {
        lock (_finalLock)
        {
            return _final ??= WriteFinalAsync(cancellationToken);
        }
    }

    private async Task WriteFinalAsync(CancellationToken cancellationToken)
    {
        if (_directory is null)
        {
            return;
        }
        await _writing.WaitAsync(cancellationToken);
        if (Changed())
        {
            await WriteAsync(indexes.Capture(), cancellationToken);
        }
    }

    // Nothing is written before the first change: a snapshot is anchored at one.
    private bool Changed() => indexes.AppliedSeq != Volatile.Read(ref _writtenSeq) && indexes.AppliedSeq > 0;

    private async Task WriteAsync(MatchIndexesSnapshot snapshot, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var temporary = Path.Combine(_directory!, $"{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            var anchor = await feed.AnchorAsync(snapshot.Seq, cancellationToken)
                ?? throw new InvalidDataException($"The change sequence no longer holds change {snapshot.Seq}.");
            Directory.CreateDirectory(_directory!);
            long length;
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                IndexSnapshotFile.Write(stream, snapshot, anchor, cancellationToken);
                // On disk before the rename, so that the name never points at a file the system has not written yet.
                stream.Flush(flushToDisk: true);
                length = stream.Length;
            }
            File.Move(temporary, FilePath, overwrite: true);
            Volatile.Write(ref _writtenSeq, snapshot.Seq);
            logger.LogInformation("Index snapshot written at change {Seq}: {Megabytes} MB in {Elapsed} ms ({Path})",
                snapshot.Seq, Math.Round(length / 1e6, 1), (int)clock.GetElapsedTime(started).TotalMilliseconds, FilePath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or NpgsqlException
            or TimeoutException or OperationCanceledException)
        {
            logger.LogWarning("No index snapshot written at change {Seq}: {Reason}", snapshot.Seq, exception.Message);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    // What a write cut short by a crash left behind; one folder belongs to one node, so none is being written now.
    private void DeleteTemporaryFiles()
    {
        if (!Directory.Exists(_directory))
        {
            return;
        }
        foreach (var temporary in Directory.EnumerateFiles(_directory, $"{FileName}.*.tmp"))
        {
            File.Delete(temporary);
        }
    }
}
