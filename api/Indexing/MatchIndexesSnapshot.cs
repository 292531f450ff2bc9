using Matching.Api.Matches;
using Matching.Engine.Index;

namespace Matching.Api.Indexing;

/// <summary>Both match indexes and the offer summaries as they were at one change of the change sequence: what a snapshot file holds.</summary>
internal sealed record MatchIndexesSnapshot(long Seq, IndexSnapshot Offers, IndexSnapshot Students, IReadOnlyCollection<OfferSummary> Summaries);
