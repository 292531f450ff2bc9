namespace Matching.Api.Indexing;

/// <summary>
/// The number of the latest change committed before the caller asked, read once for every caller waiting at the time.
/// Changes are numbered in commit order (migration 002), so a node that has applied the changes up to this number has seen
/// every write committed before the request came in: what it keeps in memory then answers as the database would.
/// </summary>
/// <remarks>
/// A read already under way when a caller arrives may have started before a write the caller depends on; so the caller
/// waits for the next read, which starts once that one ends. Under load one read serves all the requests that came in
/// during the one before it, so the database sees one small query per round trip instead of one per request.
/// </remarks>
internal sealed class ChangeBarrier(ChangeFeed feed)
{
    private readonly Lock _lock = new();
    // The callers that came in since the last read started; null when there are none.
    private TaskCompletionSource<long>? _waiting;
    private bool _reading;

    /// <summary>
    /// The latest change number, read after this call began. Not cancellable by one caller: the read is shared and short
    /// (the command timeout bounds it), and a caller that stops waiting would save nothing.
    /// </summary>
    public Task<long> LatestSeqAsync()
    {
        Task<long> latest;
        bool start;
        lock (_lock)
        {
            _waiting ??= new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            latest = _waiting.Task;
            start = !_reading;
            _reading = true;
        }
        if (start)
        {
            _ = ReadWhileWaitedForAsync();
        }
        return latest;
    }

    private async Task ReadWhileWaitedForAsync()
    {
        while (true)
        {
            TaskCompletionSource<long> callers;
            lock (_lock)
            {
                if (_waiting is null)
                {
                    _reading = false;
                    return;
                }
                callers = _waiting;
                _waiting = null;
            }
            try
            {
                // Not cancelled by any one caller: the read is for all of them (the command timeout bounds it).
                callers.SetResult(await feed.LatestSeqAsync(CancellationToken.None));
            }
            catch (Exception exception)
            {
                callers.SetException(exception);
            }
        }
    }
}
