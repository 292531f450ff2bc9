namespace Matching.Api.Students;

/// <summary>What a bulk upsert did, in total and per row (in the order sent).</summary>
public sealed record StudentBulkResult(int Created, int Updated, int Failed, IReadOnlyList<StudentBulkRowResult> Results);
