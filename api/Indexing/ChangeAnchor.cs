namespace Matching.Api.Indexing;

/// <summary>
/// One change of the change sequence as a snapshot remembers it: finding the same change under the same number again
/// shows that the database is the one the snapshot was taken from and still holds every change after it.
/// </summary>
internal sealed record ChangeAnchor(long Seq, Guid EntityId, DateTimeOffset ChangedAt);
