using Matching.Api.Auth;

namespace Matching.Api.ApiKeys;

internal sealed record StoredApiKey(byte[] SecretHash, Caller Caller);
