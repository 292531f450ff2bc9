using System.Security.Cryptography;

namespace Matching.Api.Auth;

/// <summary>
/// The operator's first key, from configuration (Auth:BootstrapAdminKey), so that a fresh database
/// can issue its first keys. Only its hash is kept in memory. Rotate it by changing the setting.
/// </summary>
internal sealed class BootstrapAdminKey
{
    public const int MinimumLength = 32;
    public static readonly Caller Caller = new("bootstrap", Roles.Admin, null, null, [], []);

    private readonly byte[]? _hash;

    public BootstrapAdminKey(IConfiguration configuration)
    {
        var key = configuration["Auth:BootstrapAdminKey"];
        if (string.IsNullOrEmpty(key))
        {
            return;
        }
        if (key.Length < MinimumLength)
        {
            throw new InvalidOperationException($"Auth:BootstrapAdminKey must be at least {MinimumLength} characters long.");
        }
        _hash = ApiKeySecret.Hash(key);
    }

    public bool Matches(string key) => _hash is not null && ApiKeySecret.Matches(key, _hash);

    /// <summary>Names the configured key without revealing it (a hash of its hash), so that what was opened with it ends when it is rotated.</summary>
    public string? Fingerprint => _hash is null ? null : Convert.ToHexStringLower(SHA256.HashData(_hash));
}
