namespace Matching.Api.Indexing;

/// <summary>
/// Something a node keeps in memory besides its indexes that must follow the change sequence too (the API keys it has
/// checked). Once it subscribes (<see cref="IndexSynchronizer.Subscribe"/>), the synchronizer shows it each batch of changes before it marks them applied, so that a node
/// whose indexes have reached a change has also let every observer see it.
/// </summary>
internal interface IChangeObserver
{
    void Observe(IReadOnlyList<Change> changes);
}
