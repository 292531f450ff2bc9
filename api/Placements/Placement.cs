using System.ComponentModel;

namespace Matching.Api.Placements;

public sealed record Placement(
    Guid Id,
    Guid StudentId,
    Guid OfferId,
    string SchoolBrin,
    Guid CompanyId,
    string CompanyKvk,
    DateOnly StartDate,
    DateOnly EndDate,
    [property: Description("proposed, accepted, active, ended, declined or cancelled.")] string Status,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
