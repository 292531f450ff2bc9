namespace Matching.Api.Idempotency;

/// <summary>The first response to an idempotent request, as it is replayed.</summary>
internal sealed record StoredResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Body);
