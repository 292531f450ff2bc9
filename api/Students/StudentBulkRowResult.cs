using System.ComponentModel;

namespace Matching.Api.Students;

public sealed record StudentBulkRowResult(
    [property: Description("The row's position in the request, from 0.")] int Index,
    string? ExternalRef,
    [property: Description("created, updated or failed.")] string Status,
    Guid? Id,
    [property: Description("Field-level messages when the row failed.")] IDictionary<string, string[]>? Errors);
