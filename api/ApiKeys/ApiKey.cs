using System.ComponentModel;

namespace Matching.Api.ApiKeys;

/// <summary>An issued key as listed: never its secret.</summary>
public sealed record ApiKey(
    Guid Id,
    [property: Description("The public part of the key, after 'mk_'.")] string KeyId,
    string Name,
    string Role,
    string? Brin,
    string? Kvk,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Sectors,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt);
