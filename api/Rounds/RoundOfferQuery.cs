using Matching.Api.Http;

namespace Matching.Api.Rounds;

public sealed class RoundOfferQuery : PagedQuery;
