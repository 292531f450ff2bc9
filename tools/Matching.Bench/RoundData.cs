using Matching.Api.Indexing;
using Matching.Api.Matches;
using Matching.Api.Students;

namespace Matching.Bench;

// What a round reads, held in memory: the indexes with their matchers, and the rows RoundRunner would read from
// PostgreSQL (the seeking students and the open offers, by id).
internal sealed record RoundData(
    MatchIndexes Indexes,
    OfferMatcher OfferMatcher,
    CandidateMatcher CandidateMatcher,
    IReadOnlyDictionary<Guid, Student> Students,
    IReadOnlyDictionary<Guid, OfferIndexRow> Offers);
