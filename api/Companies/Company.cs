namespace Matching.Api.Companies;

public sealed record Company(
    Guid Id, string Kvk, string Name, string SectorCode, int Pc4, string? ContactEmail, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
