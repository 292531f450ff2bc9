using Matching.Api.Http;

namespace Matching.Api.Companies;

public sealed class AccreditationListQuery : PagedQuery;
