namespace Matching.Api.Indexing;

/// <summary>One row of the change sequence: what changed, and what it belongs to (company or offer).</summary>
internal sealed record Change(long Seq, string Entity, Guid EntityId, string Operation, Guid? RelatedId);
