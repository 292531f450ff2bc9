using System.Security.Claims;

namespace Matching.Api.Auth;

/// <summary>Who is calling: the API key's role and scope, read from the authenticated principal.</summary>
internal sealed record Caller(string KeyId, string Role, string? Brin, string? Kvk, IReadOnlyList<string> Regions, IReadOnlyList<string> Sectors)
{
    public const string KeyIdClaim = "key_id";
    public const string BrinClaim = "brin";
    public const string KvkClaim = "kvk";
    public const string RegionClaim = "region";
    public const string SectorClaim = "sector";

    public bool IsAdmin => Role == Roles.Admin;

    public bool MayActForSchool(string brin) => IsAdmin || (Role == Roles.School && Brin == brin);

    public bool MayActForCompany(string kvk) => IsAdmin || (Role == Roles.Company && Kvk == kvk);

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(KeyIdClaim) ?? throw new InvalidOperationException("The request is not authenticated."),
        user.FindFirstValue(ClaimTypes.Role)!,
        user.FindFirstValue(BrinClaim),
        user.FindFirstValue(KvkClaim),
        [.. user.FindAll(RegionClaim).Select(c => c.Value)],
        [.. user.FindAll(SectorClaim).Select(c => c.Value)]);

    public ClaimsIdentity ToIdentity(string authenticationType)
    {
        var claims = new List<Claim> { new(KeyIdClaim, KeyId), new(ClaimTypes.Role, Role) };
        if (Brin is not null)
        {
            claims.Add(new Claim(BrinClaim, Brin));
        }
        if (Kvk is not null)
        {
            claims.Add(new Claim(KvkClaim, Kvk));
        }
        claims.AddRange(Regions.Select(r => new Claim(RegionClaim, r)));
        claims.AddRange(Sectors.Select(s => new Claim(SectorClaim, s)));
        return new ClaimsIdentity(claims, authenticationType, KeyIdClaim, ClaimTypes.Role);
    }
}
