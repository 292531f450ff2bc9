using System.Security.Claims;
using Matching.Api.ApiKeys;
using Matching.Api.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Matching.Api.Scheduling;

/// <summary>
/// A browser's session on the jobs dashboard: a cookie-authentication ticket (Data Protection-encrypted) that names the
/// API key's id and role, never the key. Every request re-reads the key, so revoking it ends the session at once.
/// </summary>
internal sealed class DashboardSessions(ApiKeyRepository keys, BootstrapAdminKey bootstrap)
{
    public const string Scheme = "JobsDashboard";

    // The bootstrap key has no row to revoke: its session ends when the configured key changes.
    private const string BootstrapFingerprintClaim = "bootstrap_key";

    public static bool MayOpen(string role) => role is Roles.Admin or Roles.Coordinator;

    public ClaimsPrincipal PrincipalFor(Caller caller)
    {
        var claims = new List<Claim> { new(Caller.KeyIdClaim, caller.KeyId), new(ClaimTypes.Role, caller.Role) };
        if (caller.KeyId == BootstrapAdminKey.Caller.KeyId && bootstrap.Fingerprint is { } fingerprint)
        {
            claims.Add(new Claim(BootstrapFingerprintClaim, fingerprint));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, Caller.KeyIdClaim, ClaimTypes.Role));
    }

    /// <summary>Whether the key behind a session is still what it was at sign-in: not revoked, same role, not rotated.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var keyId = principal.FindFirstValue(Caller.KeyIdClaim);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        if (role is null || !MayOpen(role))
        {
            return false;
        }
        if (keyId == BootstrapAdminKey.Caller.KeyId)
        {
            return bootstrap.Fingerprint is { } fingerprint && principal.FindFirstValue(BootstrapFingerprintClaim) == fingerprint;
        }
        // One primary-key lookup per dashboard request (the dashboard polls every few seconds): cheap enough.
        return Guid.TryParse(keyId, out var id) && await keys.FindAsync(id, cancellationToken) is { RevokedAt: null } key && key.Role == role;
    }

    /// <summary>The cookie handler's check of every ticket it decrypts.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<DashboardSessions>();
        if (context.Principal is null || !await sessions.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
