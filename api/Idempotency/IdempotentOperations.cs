using Microsoft.AspNetCore.Http.Metadata;

namespace Matching.Api.Idempotency;

/// <summary>Which operations take an Idempotency-Key: decided once, from endpoint metadata, for the middleware and the OpenAPI document.</summary>
internal static class IdempotentOperations
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public const int MaxKeyLength = 255;

    public static bool Applies(string httpMethod, IEnumerable<object> metadata) =>
        HttpMethods.IsPost(httpMethod)
        && (metadata.OfType<IdempotentRequest>().Any()
            || metadata.OfType<IProducesResponseTypeMetadata>().Any(p => p.StatusCode == StatusCodes.Status201Created));

    /// <summary>1 to 255 visible ASCII characters, e.g. a UUID.</summary>
    public static bool IsWellFormed(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => c is >= '!' and <= '~');
}
