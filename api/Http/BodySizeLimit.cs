namespace Matching.Api.Http;

/// <summary>Endpoint metadata that raises the request body limit, for bulk operations.</summary>
internal sealed record BodySizeLimit(long Bytes);
