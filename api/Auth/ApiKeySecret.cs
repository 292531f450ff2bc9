using System.Security.Cryptography;
using System.Text;

namespace Matching.Api.Auth;

/// <summary>
/// The shape of an API key: "mk_" + a public key id + "_" + a 256-bit random secret. The id finds
/// the row; only a SHA-256 hash of the whole key is stored and compared, in constant time. A
/// plain hash suffices (no slow KDF) because the secret is random, not a password.
/// </summary>
public static class ApiKeySecret
{
    private const string Prefix = "mk_";

    public static (string KeyId, string Key) Generate()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (keyId, $"{Prefix}{keyId}_{secret}");
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string key, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(key), storedHash);

    /// <summary>The key id of a well-formed key, or null.</summary>
    public static string? KeyIdOf(string key)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 200)
        {
            return null;
        }
        var separator = key.IndexOf('_', Prefix.Length);
        return separator == Prefix.Length + 16 ? key[Prefix.Length..separator] : null;
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
