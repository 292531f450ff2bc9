namespace Matching.Api.Idempotency;

/// <summary>
/// Endpoint metadata that makes an operation honour the Idempotency-Key header. Every POST that
/// answers 201 Created gets it implicitly (see <see cref="IdempotentOperations"/>); an operation
/// that creates without a 201, like the bulk upsert, adds it explicitly.
/// </summary>
internal sealed record IdempotentRequest;
