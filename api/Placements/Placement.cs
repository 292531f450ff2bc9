using System.ComponentModel;

namespace Matching.Api.Placements;

public sealed record Placement(
    Guid Id,
    [property: Description("Null once the student was erased: the placement stays, anonymous, and keeps its place.")] Guid? StudentId,
    Guid OfferId,
    [property: Description("Null once the student was erased.")] string? SchoolBrin,
    Guid CompanyId,
    string CompanyKvk,
    DateOnly StartDate,
    DateOnly EndDate,
    [property: Description("proposed, accepted, active, ended, declined or cancelled.")] string Status,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
