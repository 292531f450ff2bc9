using Matching.Api.Http;

namespace Matching.Api.ApiKeys;

public sealed class ApiKeyListQuery : PagedQuery;
