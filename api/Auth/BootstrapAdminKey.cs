using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Matching.Api.Auth;

/// <summary>
/// The operator's first key, from configuration (Auth:BootstrapAdminKey), so that a fresh database
/// can issue its first keys. Only its hash is kept in memory. Rotate it by changing the setting.
/// </summary>
internal sealed class BootstrapAdminKey(IOptions<AuthOptions> options)
{
    public static readonly Caller Caller = new("bootstrap", Roles.Admin, null, null, [], []);

    // Checked by AuthOptions when the node starts.
    private readonly byte[]? _hash = options.Value.BootstrapAdminKey is { Length: > 0 } key ? ApiKeySecret.Hash(key) : null;

    public bool Matches(string key) => _hash is not null && ApiKeySecret.Matches(key, _hash);

    /// <summary>Names the configured key without revealing it (a hash of its hash), so that what was opened with it ends when it is rotated.</summary>
    public string? Fingerprint => _hash is null ? null : Convert.ToHexStringLower(SHA256.HashData(_hash));
}
